// The page's first script, before the workbench's code: asks the sandbox server for its info at once
// (src/sts/early-info.ts), so that the answer is not one more round trip after the code has arrived.
import { askForInfoEarly } from '../sts/early-info';

askForInfoEarly(location.hash);
