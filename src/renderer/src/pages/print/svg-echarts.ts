/** echarts with the SVG renderer: vector charts that stay crisp in a PDF. */
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, MarkLineComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
