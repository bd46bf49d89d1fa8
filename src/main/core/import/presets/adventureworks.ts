/**
 * Built-in preset for Microsoft's AdventureWorks DW reseller star schema
 * (../shared/datasets/adventureworks-dw-reseller; headerless, pipe-delimited, no quoting).
 * DimReseller → partners (BusinessType as type; geography → sales territory as region and
 * country); FactResellerSales → revenue, cost, margin, discount, orders and units per quarter.
 * DimGeography and DimSalesTerritory are looked up next to DimReseller.
 */
import type { ImportMappingInput } from '../../../../shared/api/import';

const pipe = (columns: string[]) => ({
  type: 'csv' as const,
  delimiter: '|',
  quote: '',
  header: false,
  columns,
});

const GEOGRAPHY = [
  'GeographyKey',
  'City',
  'StateProvinceCode',
  'StateProvinceName',
  'CountryRegionCode',
  'EnglishCountryRegionName',
  'SpanishCountryRegionName',
  'FrenchCountryRegionName',
  'PostalCode',
  'SalesTerritoryKey',
  'IpAddressLocator',
];
const TERRITORY = [
  'SalesTerritoryKey',
  'SalesTerritoryAlternateKey',
  'SalesTerritoryRegion',
  'SalesTerritoryCountry',
  'SalesTerritoryGroup',
  'SalesTerritoryImage',
];
const RESELLER = [
  'ResellerKey',
  'GeographyKey',
  'ResellerAlternateKey',
  'Phone',
  'BusinessType',
  'ResellerName',
  'NumberEmployees',
  'OrderFrequency',
  'OrderMonth',
  'FirstOrderYear',
  'LastOrderYear',
  'ProductLine',
  'AddressLine1',
  'AddressLine2',
  'AnnualSales',
  'BankName',
  'MinPaymentType',
  'MinPaymentAmount',
  'AnnualRevenue',
  'YearOpened',
];
const SALES = [
  'ProductKey',
  'OrderDateKey',
  'DueDateKey',
  'ShipDateKey',
  'ResellerKey',
  'EmployeeKey',
  'PromotionKey',
  'CurrencyKey',
  'SalesTerritoryKey',
  'SalesOrderNumber',
  'SalesOrderLineNumber',
  'RevisionNumber',
  'OrderQuantity',
  'UnitPrice',
  'ExtendedAmount',
  'UnitPriceDiscountPct',
  'DiscountAmount',
  'ProductStandardCost',
  'TotalProductCost',
  'SalesAmount',
  'TaxAmt',
  'Freight',
  'CarrierTrackingNumber',
  'CustomerPONumber',
  'OrderDate',
  'DueDate',
  'ShipDate',
];

const geography = (column: string) => ({ lookup: 'geography', key: 'GeographyKey', column });
const territory = (column: string) => ({
  lookup: 'territory',
  key: geography('SalesTerritoryKey'),
  column,
});

export const adventureworksPreset: ImportMappingInput = {
  version: 1,
  name: 'adventureworks',
  description:
    'AdventureWorks DW reseller star schema: DimReseller as partners, FactResellerSales rolled into quarterly revenue, cost, margin, discount, orders and units. Give DimReseller.csv and FactResellerSales.csv (or their folder); DimGeography.csv and DimSalesTerritory.csv are read from the same folder.',
  lookups: [
    { name: 'geography', match: 'DimGeography*.csv', format: pipe(GEOGRAPHY), key: 'GeographyKey' },
    {
      name: 'territory',
      match: 'DimSalesTerritory*.csv',
      format: pipe(TERRITORY),
      key: 'SalesTerritoryKey',
    },
  ],
  files: [
    {
      match: 'DimReseller*.csv',
      kind: 'partners',
      format: pipe(RESELLER),
      fields: {
        externalId: 'ResellerAlternateKey',
        name: 'ResellerName',
        type: 'BusinessType',
        region: territory('SalesTerritoryRegion'),
        country: geography('EnglishCountryRegionName'),
      },
      attributes: {
        reseller_key: 'ResellerKey',
        territory_group: territory('SalesTerritoryGroup'),
        state_province: geography('StateProvinceName'),
        city: geography('City'),
        number_employees: 'NumberEmployees',
        annual_sales: 'AnnualSales',
        annual_revenue: 'AnnualRevenue',
        product_line: 'ProductLine',
        order_frequency: 'OrderFrequency',
        first_order_year: 'FirstOrderYear',
        last_order_year: 'LastOrderYear',
        year_opened: 'YearOpened',
      },
      extraColumnsAsAttributes: false,
    },
    {
      match: 'FactResellerSales*.csv',
      kind: 'transactions',
      format: pipe(SALES),
      partner: 'ResellerKey',
      partnerMatch: { attribute: 'reseller_key' },
      date: 'OrderDateKey',
      dateFormat: 'yyyymmdd',
      uniqueKey: ['SalesOrderNumber', 'SalesOrderLineNumber'],
      measures: [
        { measure: 'revenue', rule: 'sum', value: 'SalesAmount', required: true },
        { measure: 'cost', rule: 'sum', value: 'TotalProductCost' },
        {
          measure: 'margin',
          rule: 'sum',
          value: { difference: ['SalesAmount', 'TotalProductCost'] },
        },
        { measure: 'discount', rule: 'sum', value: 'DiscountAmount' },
        { measure: 'orders', rule: 'distinct', value: 'SalesOrderNumber' },
        { measure: 'units', rule: 'sum', value: 'OrderQuantity' },
      ],
    },
  ],
  measures: [
    {
      key: 'margin',
      name: 'Gross margin',
      unit: 'currency',
      aggregation: 'sum',
      description: 'Revenue minus cost of sales.',
    },
    {
      key: 'discount',
      name: 'Discounts',
      unit: 'currency',
      aggregation: 'sum',
      description: 'Discounts granted on the order lines.',
    },
    {
      key: 'units',
      name: 'Units sold',
      unit: 'count',
      aggregation: 'sum',
      description: 'Quantity of products on the order lines.',
    },
  ],
  options: { grains: ['quarter'], unknownPartners: 'reject', outlierZ: 3.5 },
};
