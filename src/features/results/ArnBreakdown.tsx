// Moved to ui/ (the authorization report shares it); kept here so existing imports keep working.
export { ArnBreakdown } from '../../ui/ArnBreakdown';
