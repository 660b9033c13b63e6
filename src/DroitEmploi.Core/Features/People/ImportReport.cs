namespace DroitEmploi.Core.Features.People;

/// <summary>What an import did, or would do on a dry run: every rejected row with its line, column and reason.</summary>
public sealed record ImportReport(
    bool DryRun, string FileDescription, int Rows, int Imported, IReadOnlyList<ImportRejection> Rejected, IReadOnlyList<ImportDuplicate> Duplicates)
{
    public int RejectedRows => Rejected.Select(r => r.Line).Distinct().Count();
}
