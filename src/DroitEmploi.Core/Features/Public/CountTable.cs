namespace DroitEmploi.Core.Features.Public;

/// <summary>A table of counts of people before publication: rows, columns and each cell's count; its totals are computed.</summary>
public sealed record CountTable(string Title, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, int[][] Cells);
