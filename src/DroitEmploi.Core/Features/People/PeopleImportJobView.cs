namespace DroitEmploi.Core.Features.People;

/// <summary>
/// An import job as its requester follows it: where it is, and its report once it has ended.
/// <see cref="Attempts"/> is 1 for the first run, more when a server stopped during the import and another took it up.
/// </summary>
public sealed record PeopleImportJobView(
    int Id,
    int TerritoryId,
    string FileName,
    bool DryRun,
    ImportJobStatus Status,
    ImportStage Stage,
    int Progress,
    int? RowsTotal,
    int RowsWritten,
    string? Message,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    ImportReport? Report,
    int Attempts,
    int Version)
{
    public bool IsOver => PeopleImportJob.EndedStatuses.Contains(Status);
}
