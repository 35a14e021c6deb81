// Prints the CRM-like accuracy figures alone (a quick look while tuning).
import { crmAccuracy } from './crm-accuracy';

console.log(JSON.stringify(await crmAccuracy()));
