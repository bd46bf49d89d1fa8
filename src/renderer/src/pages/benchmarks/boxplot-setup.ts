/** Registers echarts' box plot next to the app's chart set (echarts.use is idempotent). */
import { BoxplotChart } from 'echarts/charts';
import { echarts } from '../../charts/echarts-setup';

echarts.use([BoxplotChart]);
