/** Partner counts with the reader's thousands separator (10,000). */
import { formatNumber } from '../../components/value-format';

export const count = (n: number) => formatNumber(n, 0);
