export { operationLimitRules, OPERATION_LIMIT_CODE, type OperationLimitRules } from './operation-limits';
export { operationCosts } from './operation-cost';
