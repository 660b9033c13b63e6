// Checks every Factur-X PDF and UBL file that the integration tests wrote (with the business terms each must carry)
// using EN 16931 tools this project did not write:
//  - factur-x-kit reads the PDF's factur-x.xml, checks its structure for the EN 16931 profile and the business rules;
//  - @e-invoice-eu/core validates the UBL against its EN 16931 schema and turns it into CII, which factur-x-kit checks
//    again, so the UBL's figures meet the same business rules;
//  - pdf-lib reads the PDF objects that PDF/A-3B and Factur-X ask for.
// A negative control makes sure each validator can fail. Usage: node check.mjs <folder>
import fs from 'node:fs';
import path from 'node:path';
import { FacturX } from 'factur-x-kit';
import { InvoiceService } from '@e-invoice-eu/core';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFRawStream, PDFString, PDFHexString } from 'pdf-lib';
import { XMLParser } from 'fast-xml-parser';

const folder = process.argv[2];
const quiet = { log() {}, warn() {}, error() {} };
const service = new InvoiceService(quiet);
let problems = 0;
let documents = 0;

function report(file, message) {
  problems++;
  console.log(`   ${path.basename(file)}: ${message}`);
}

const text = (value) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value?.toString());
const date = (d) => (d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : undefined);
const number = (value) => (value === undefined || value === null ? undefined : Number(value));

/** The business terms as they must read, compared one by one with what a validator parsed. */
function compareTerms(file, expected, actual, where = '') {
  for (const [term, value] of Object.entries(expected)) {
    if (term === 'lines' || value === null || value === undefined) continue;
    const found = actual[term];
    const same = typeof value === 'number' ? number(found) === value : found === value;
    if (!same) report(file, `${where}${term} is ${JSON.stringify(found)}, expected ${JSON.stringify(value)}`);
  }
}

function compare(file, expected, actual) {
  compareTerms(file, expected, actual);
  if (actual.lines.length !== expected.lines.length) {
    report(file, `${actual.lines.length} lines, expected ${expected.lines.length}`);
    return;
  }
  expected.lines.forEach((line, i) => compareTerms(file, line, actual.lines[i], `line ${i + 1} `));
}

/** PDF/A-3B and Factur-X: the XMP declares part 3, conformance B and the fx schema; sRGB output intent; factur-x.xml attached with its relationship; fonts embedded; an ID. */
async function checkPdfA(file, bytes) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;
  const metadata = pdf.context.lookup(catalog.get(PDFName.of('Metadata')));
  const xmp = metadata instanceof PDFRawStream ? new TextDecoder().decode(metadata.contents) : '';
  if (!/<pdfaid:part>3<\/pdfaid:part>/.test(xmp)) report(file, 'the XMP does not declare PDF/A part 3');
  if (!/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(xmp)) report(file, 'the XMP does not declare conformance B');
  if (!/<fx:DocumentFileName>factur-x\.xml<\/fx:DocumentFileName>/.test(xmp)) report(file, 'the XMP does not name factur-x.xml');
  if (!/<fx:ConformanceLevel>EN 16931<\/fx:ConformanceLevel>/.test(xmp)) report(file, 'the XMP does not declare the EN 16931 profile');
  if (!/pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</.test(xmp)) report(file, 'the XMP lacks the Factur-X extension schema');
  const intents = pdf.context.lookup(catalog.get(PDFName.of('OutputIntents')));
  const intent = intents instanceof PDFArray ? pdf.context.lookup(intents.get(0)) : undefined;
  if (!(intent instanceof PDFDict) || intent.get(PDFName.of('S'))?.toString() !== '/GTS_PDFA1' || !intent.get(PDFName.of('DestOutputProfile'))) {
    report(file, 'no PDF/A output intent with an ICC profile');
  }
  const af = pdf.context.lookup(catalog.get(PDFName.of('AF')));
  const spec = af instanceof PDFArray ? pdf.context.lookup(af.get(0)) : undefined;
  if (!(spec instanceof PDFDict)) {
    report(file, 'no associated file (/AF) in the catalog');
  } else {
    if (text(spec.get(PDFName.of('F'))) !== 'factur-x.xml' || text(spec.get(PDFName.of('UF'))) !== 'factur-x.xml') report(file, 'the associated file is not factur-x.xml');
    if (!['/Alternative', '/Data', '/Source'].includes(spec.get(PDFName.of('AFRelationship'))?.toString())) report(file, 'the associated file has no valid /AFRelationship');
    const embedded = pdf.context.lookup(pdf.context.lookup(spec.get(PDFName.of('EF'))).get(PDFName.of('F')));
    if (embedded?.dict?.get(PDFName.of('Subtype'))?.toString() !== '/text#2Fxml') report(file, 'the embedded file is not typed text/xml');
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object?.dict;
    if (dict?.get(PDFName.of('Type'))?.toString() === '/FontDescriptor'
      && !['FontFile', 'FontFile2', 'FontFile3'].some((k) => dict.get(PDFName.of(k)))) {
      report(file, `font ${dict.get(PDFName.of('FontName'))} is not embedded`);
    }
  }
  if (!pdf.context.trailerInfo.ID) report(file, 'the trailer has no /ID');
}

function fromFacturX(o) {
  return {
    'BT-1': o.document.id, 'BT-2': date(o.document.dateOfIssue), 'BT-3': o.document.type, 'BT-5': o.document.currency,
    'BT-10': o.buyer.reference, 'BT-13': o.referencedDocuments?.orderReference?.documentId,
    'BT-25': o.referencedDocuments?.referencedInvoice?.[0]?.documentId,
    'BT-27': o.seller.name, 'BT-30': o.seller.specifiedLegalOrganization?.id?.id, 'BT-31': o.seller.taxIdentification?.vatId,
    'BT-44': o.buyer.name, 'BT-47': o.buyer.specifiedLegalOrganization?.id?.id,
    'BT-84': o.paymentInformation?.paymentMeans?.[0]?.payeeBankAccount?.iban,
    'BT-106': o.totals.sumWithoutAllowancesAndCharges, 'BT-109': o.totals.netTotal, 'BT-110': o.totals.taxTotal?.[0]?.amount,
    'BT-112': o.totals.grossTotal, 'BT-115': o.totals.openAmount,
    lines: o.invoiceLines.map((l) => ({
      'BT-126': l.generalLineData.lineId, 'BT-129': l.delivery.itemQuantity.quantity, 'BT-131': l.settlement.lineTotals.netTotal,
      'BT-146': l.productPriceAgreement.productNetPricing.netPricePerItem, 'BT-152': l.settlement.tax.rateApplicablePercent,
      'BT-153': l.productDescription.name,
    })),
  };
}

/** Business-rule check by factur-x-kit; the errors, or none. */
async function facturXErrors(instance) {
  const result = instance.validate();
  return result.valid ? [] : (result.errors ?? [{ message: 'invalid' }]).map((e) => `${e.path?.join('.') ?? ''} ${e.message}`);
}

/** The UBL document in @e-invoice-eu's JSON form (the UBL element names, attributes as "element@attribute"), guided by its schema. */
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false, trimValues: true, isArray: () => true });
function ublToJson(xml) {
  const parsed = parser.parse(xml);
  const rootName = Object.keys(parsed).find((k) => !k.startsWith('?'));
  const credit = rootName === 'CreditNote';
  const rename = (name) => (credit ? { CreditNoteTypeCode: 'InvoiceTypeCode', CreditNoteLine: 'InvoiceLine', CreditedQuantity: 'InvoicedQuantity' }[name] ?? name : name);
  const convert = (element, parentName) => {
    const out = {};
    for (const [key, values] of Object.entries(element)) {
      if (key.startsWith('@')) continue;
      const local = rename(key.includes(':') ? key.split(':')[1] : key);
      const name = `${key.startsWith('cac:') ? 'cac' : 'cbc'}:${local}`;
      // A UBL credit note carries its due date in PaymentMeans; the Invoice form has it at the top.
      if (credit && parentName === 'cac:PaymentMeans' && local === 'PaymentDueDate') continue;
      const items = values.map((v) => {
        if (typeof v !== 'object') return v;
        const attributes = Object.entries(v).filter(([k]) => k.startsWith('@') && !k.startsWith('@xmlns'));
        for (const [k, a] of attributes) out[`${name}@${k.slice(1)}`] = a;
        const children = Object.keys(v).filter((k) => !k.startsWith('@') && k !== '#text');
        return children.length === 0 ? v['#text'] ?? '' : convert(v, name);
      });
      out[name] = items;
    }
    return out;
  };
  const root = parsed[rootName][0];
  const body = convert(root, 'root');
  if (credit) {
    const due = root['cac:PaymentMeans']?.[0]?.['cbc:PaymentDueDate']?.[0];
    if (due) body['cbc:DueDate'] = [due];
  }
  return { 'ubl:Invoice': body };
}

/** Single values where the schema wants one, arrays where it wants many. */
function shape(value, schema, defs) {
  const resolved = schema?.$ref && !schema.type ? defs(schema.$ref) : schema;
  if (resolved?.type === 'array') return value.map((v) => shape([v], resolved.items, defs));
  const single = Array.isArray(value) ? value[0] : value;
  if (resolved?.type === 'object' && single && typeof single === 'object') {
    return Object.fromEntries(Object.entries(single).map(([k, v]) => [k, shape(v, resolved.properties?.[k], defs)]));
  }
  return single;
}

function fromUbl(json) {
  const i = json['ubl:Invoice'];
  const party = (p) => p['cac:Party'];
  const seller = party(i['cac:AccountingSupplierParty']);
  const buyer = party(i['cac:AccountingCustomerParty']);
  const vat = (seller['cac:PartyTaxScheme'] ?? []).find((s) => s['cac:TaxScheme']['cbc:ID'] === 'VAT');
  return {
    'BT-1': i['cbc:ID'], 'BT-2': i['cbc:IssueDate'], 'BT-3': i['cbc:InvoiceTypeCode'], 'BT-5': i['cbc:DocumentCurrencyCode'],
    'BT-10': i['cbc:BuyerReference'], 'BT-13': i['cac:OrderReference']?.['cbc:ID'],
    'BT-25': i['cac:BillingReference']?.[0]?.['cac:InvoiceDocumentReference']?.['cbc:ID'],
    'BT-27': seller['cac:PartyLegalEntity']['cbc:RegistrationName'], 'BT-30': seller['cac:PartyLegalEntity']['cbc:CompanyID'],
    'BT-31': vat?.['cbc:CompanyID'], 'BT-44': buyer['cac:PartyLegalEntity']['cbc:RegistrationName'],
    'BT-47': buyer['cac:PartyLegalEntity']['cbc:CompanyID'], 'BT-84': i['cac:PaymentMeans']?.[0]?.['cac:PayeeFinancialAccount']?.['cbc:ID'],
    'BT-106': i['cac:LegalMonetaryTotal']['cbc:LineExtensionAmount'], 'BT-109': i['cac:LegalMonetaryTotal']['cbc:TaxExclusiveAmount'],
    'BT-110': i['cac:TaxTotal'][0]['cbc:TaxAmount'], 'BT-112': i['cac:LegalMonetaryTotal']['cbc:TaxInclusiveAmount'],
    'BT-115': i['cac:LegalMonetaryTotal']['cbc:PayableAmount'],
    lines: i['cac:InvoiceLine'].map((l) => ({
      'BT-126': l['cbc:ID'], 'BT-129': l['cbc:InvoicedQuantity'], 'BT-131': l['cbc:LineExtensionAmount'],
      'BT-146': l['cac:Price']['cbc:PriceAmount'], 'BT-152': l['cac:Item']['cac:ClassifiedTaxCategory']['cbc:Percent'],
      'BT-153': l['cac:Item']['cbc:Name'],
    })),
  };
}

async function ublErrors(json) {
  try {
    // e-invoice-eu puts every UBL note in one CII IncludedNote, which factur-x-kit refuses; the French notes (#AAB#,
    // #PMD#, #PMT#…) are checked by the schema above, and the business rules below need none of them.
    const copy = structuredClone(json);
    delete copy['ubl:Invoice']['cbc:Note'];
    const cii = await service.generate(copy, { format: 'CII', lang: 'fr' });
    return await facturXErrors(await FacturX.fromXML(Buffer.from(cii, "utf8")));
  } catch (e) {
    return [`${e.message ?? e}${e.errors ? ' ' + JSON.stringify(e.errors.slice(0, 5)) : ''}`];
  }
}

const { invoiceSchema } = await import('@e-invoice-eu/core');
const defs = (ref) => ref.replace('#/', '').split('/').reduce((o, k) => o?.[k], invoiceSchema);
const expectations = fs.existsSync(folder ?? '') ? fs.readdirSync(folder).filter((f) => f.endsWith('.expected.json')) : [];
if (expectations.length === 0) {
  console.log(`no electronic invoice was written to ${folder}`);
  process.exit(1);
}
let controlled = false;
for (const name of expectations.sort()) {
  const base = path.join(folder, name.replace('.expected.json', ''));
  const expected = JSON.parse(fs.readFileSync(`${base}.expected.json`, 'utf8'));
  documents++;

  const pdfFile = `${base}.facturx.pdf`;
  const bytes = new Uint8Array(fs.readFileSync(pdfFile));
  await checkPdfA(pdfFile, bytes);
  const facturX = await FacturX.fromPDF(bytes);
  for (const error of await facturXErrors(facturX)) report(pdfFile, `factur-x-kit: ${error}`);
  compare(pdfFile, expected, fromFacturX(facturX.object));

  const ublFile = `${base}.ubl.xml`;
  const raw = ublToJson(fs.readFileSync(ublFile, 'utf8'));
  const json = shape(raw, invoiceSchema, defs);
  try {
    await service.generate(structuredClone(json), { format: 'UBL', lang: 'fr' });
  } catch (e) {
    report(ublFile, `@e-invoice-eu schema: ${e.message ?? e} ${JSON.stringify(e.errors?.slice(0, 5) ?? '')}`);
  }
  for (const error of await ublErrors(json)) report(ublFile, `business rules (via CII): ${error}`);
  compare(ublFile, expected, fromUbl(json));

  if (!controlled) {
    // Negative controls: a wrong total and a missing issue date must be caught, or the checks above prove nothing.
    controlled = true;
    const wrong = structuredClone(facturX.object);
    wrong.totals.grossTotal = Number(wrong.totals.grossTotal) + 1;
    if ((await facturXErrors(await FacturX.fromObject(wrong))).length === 0) report(pdfFile, 'negative control: factur-x-kit accepted a wrong total');
    const missing = structuredClone(json);
    delete missing['ubl:Invoice']['cbc:IssueDate'];
    let refused = false;
    try { await service.generate(missing, { format: 'UBL', lang: 'fr' }); } catch { refused = true; }
    if (!refused) report(ublFile, 'negative control: @e-invoice-eu accepted an invoice without issue date');
  }
}
console.log(`   ${documents} document(s) checked in Factur-X and UBL, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
