export { DateScalar } from './date-scalar';
export {
  parsePageRequest,
  toConnection,
  encodeCursor,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  type Connection,
  type ListPosition,
  type PageRequest,
} from './connection';
