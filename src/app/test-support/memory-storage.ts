/** The one in-memory Storage fake lives in src/kernel/test-support, usable by every room's tests. */
export { memoryStorage } from '../../kernel/test-support/memory-storage';
