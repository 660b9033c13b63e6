using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.UnitTests.Common.Files;

/// <summary>Workbooks written by hand, part by part, as other tools (or an attacker) may write them.</summary>
public class XlsxSheetReaderTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void A_workbook_without_a_styles_part_reads_its_numbers_and_texts()
    {
        var file = Read(Workbook(Sheet(Row(1, Inline("A1", "Nom"), Inline("B1", "Heures")), Row(2, Inline("A2", "Leroy"), Number("B2", "24")))));
        Assert.Equal(["Nom", "Heures"], file.Headers);
        Assert.Equal(["Leroy", "24"], file.Rows.Single().Cells);
    }

    [Fact]
    public void A_formula_gives_its_saved_value_and_is_never_evaluated()
    {
        var cell = """<c r="B2" t="str"><f>HYPERLINK("http://example.org","x")</f><v>saved</v></c>""";
        var file = Read(Workbook(Sheet(Row(1, Inline("A1", "Nom"), Inline("B1", "Prénom")), Row(2, Inline("A2", "=1+1"), cell))));
        Assert.Equal(["=1+1", "saved"], file.Rows.Single().Cells);
    }

    [Fact]
    public void A_cell_far_to_the_right_is_refused_while_reading()
    {
        var sparse = Sheet(Row(1, Inline("A1", "Nom")), Row(2, Inline("XFD2", "x")));
        var error = Assert.Throws<ValidationFailedException>(() => Read(Workbook(sparse)));
        Assert.Contains("au-delà de la colonne 200", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_beyond_the_limit_are_refused_before_the_end_of_the_sheet()
    {
        var rows = Enumerable.Range(2, 50).Select(r => Row(r, Inline($"A{r}", "x"))).Prepend(Row(1, Inline("A1", "Nom")));
        var error = Assert.Throws<ValidationFailedException>(() =>
            new XlsxSheetReader(XlsxLimits.Import with { MaxRows = 10 }).Read(Workbook(Sheet([.. rows]))));
        Assert.Contains("plus de 10 lignes", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_compression_bomb_stops_at_the_unzipped_limit_without_filling_the_memory()
    {
        // 300 MB of blank cells compress to a few hundred kilobytes.
        var workbook = Workbook(sheetWriter: stream =>
        {
            using var writer = new StreamWriter(stream, Encoding.UTF8, 1 << 16);
            writer.Write($"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c>""");
            var filler = new string(' ', 1 << 20);
            for (var i = 0; i < 300; i++)
            {
                writer.Write(filler);
            }
            writer.Write("</row></sheetData></worksheet>");
        });
        Assert.True(workbook.Length < 2 * 1024 * 1024, $"{workbook.Length} bytes");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var error = Assert.Throws<ValidationFailedException>(() => new XlsxSheetReader(XlsxLimits.Import).Read(workbook));
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Contains("trop volumineux une fois décompressé", error.Errors["file"][0], StringComparison.Ordinal);
        Assert.True(grown < 64L * 1024 * 1024, $"grew by {grown / (1024 * 1024)} MB");
    }

    [Fact]
    public void Dates_are_read_through_the_styles_of_their_cells()
    {
        var styles = $"""<styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>""";
        var sheet = Sheet(Row(1, Inline("A1", "Candidature"), Inline("B1", "Naissance"), Inline("C1", "Heures")),
            Row(2, """<c r="A2" s="1"><v>45657</v></c>""", """<c r="B2" s="2"><v>27760</v></c>""", Number("C2", "35")));
        var file = Read(Workbook(sheet, styles));
        Assert.Equal(["31/12/2024", "01/01/1976", "35"], file.Rows.Single().Cells);
    }

    [Fact]
    public void Shared_strings_with_rich_text_runs_read_as_one_text()
    {
        var shared = $"""<sst xmlns="{Main}"><si><t>Nom</t></si><si><r><t>Hél</t></r><r><rPr><b/></rPr><t>ène</t></r><rPh><t>ヘレン</t></rPh></si></sst>""";
        var sheet = Sheet(Row(1, """<c r="A1" t="s"><v>0</v></c>"""), Row(2, """<c r="A2" t="s"><v>1</v></c>"""));
        var file = Read(Workbook(sheet, sharedStrings: shared));
        Assert.Equal("Hélène", file.Rows.Single().Cell(0));
    }

    [Fact]
    public void Exported_formula_like_texts_stay_texts_in_xlsx_and_csv_and_import_back_unchanged()
    {
        string[] names = ["=1+1", "+33 6 12", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "Leroy"];
        var rows = names.Select(n => new object?[] { n, "Hélène" }).ToList();
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
        {
            var exported = TableExport.Write(format, "Registre", ["Nom", "Prénom"], rows);
            if (format == ExportFormat.Csv)
            {
                var text = Encoding.UTF8.GetString(exported.Content);
                Assert.Contains("'=1+1;", text, StringComparison.Ordinal);
                Assert.Contains("'@SUM(A1);", text, StringComparison.Ordinal);
                Assert.Contains("\nLeroy;", text, StringComparison.Ordinal);
            }
            else
            {
                using var workbook = new XLWorkbook(new MemoryStream(exported.Content));
                var cells = workbook.Worksheet(1).Column(1).CellsUsed().Skip(1).ToList();
                Assert.All(cells, c => Assert.False(c.HasFormula, $"{c.Address} holds a formula"));
                Assert.True(cells[0].Style.IncludeQuotePrefix);
            }
            var imported = TabularFileReader.Read(exported.Content, exported.FileName);
            Assert.Equal(names, imported.Rows.Select(r => r.Cell(0)));
        }
    }

    private static TabularFile Read(byte[] workbook) => TabularFileReader.Read(workbook, "classeur.xlsx");

    private static string Inline(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    private static string Number(string reference, string value) => $"""<c r="{reference}"><v>{value}</v></c>""";

    private static string Row(int number, params string[] cells) => $"""<row r="{number}">{string.Concat(cells)}</row>""";

    private static string Sheet(params string[] rows) => $"""<worksheet xmlns="{Main}"><sheetData>{string.Concat(rows)}</sheetData></worksheet>""";

    private static byte[] Workbook(string? sheet = null, string? styles = null, string? sharedStrings = null, Action<Stream>? sheetWriter = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(content);
            }
            Part("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            Part("xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            if (sheetWriter is not null)
            {
                using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
                sheetWriter(part);
            }
            else
            {
                Part("xl/worksheets/sheet1.xml", sheet!);
            }
            if (styles is not null)
            {
                Part("xl/styles.xml", styles);
            }
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", sharedStrings);
            }
        }
        return stream.ToArray();
    }
}
