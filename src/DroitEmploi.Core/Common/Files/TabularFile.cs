namespace DroitEmploi.Core.Common.Files;

/// <summary>A spreadsheet read as text: a header and rows, each with the line number the user sees in their file.</summary>
public sealed record TabularFile(IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows, string Description);
