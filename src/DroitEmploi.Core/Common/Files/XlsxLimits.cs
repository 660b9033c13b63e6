namespace DroitEmploi.Core.Common.Files;

/// <summary>How much of a workbook is read: beyond these, the file is refused with a French message.</summary>
public sealed record XlsxLimits(long MaxUnzippedBytes, long MaxSharedStringsBytes, int MaxColumns, int MaxRows)
{
    public static XlsxLimits Import { get; } = new(MaxUnzippedBytes: 200L * 1024 * 1024, MaxSharedStringsBytes: 32L * 1024 * 1024, MaxColumns: 200, MaxRows: 100_000);
}
