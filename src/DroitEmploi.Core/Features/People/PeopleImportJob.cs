using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// An import of volunteers run by a worker, so that an upload never holds the database while the
/// file is checked and written. The file stays with the job until it ends (a restart resumes it),
/// and is dropped then: the registry, not the job, keeps the people.
/// </summary>
public class PeopleImportJob : IVersioned
{
    public const int MaxAttempts = 3;

    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public string FileName { get; set; } = "";
    public byte[]? Content { get; set; }
    public bool DryRun { get; set; }
    public ImportJobStatus Status { get; private set; } = ImportJobStatus.Queued;
    public ImportStage Stage { get; private set; } = ImportStage.Waiting;
    /// <summary>0 to 100.</summary>
    public int Progress { get; private set; }
    public int? RowsTotal { get; private set; }
    public int RowsWritten { get; private set; }
    public string? Message { get; private set; }
    /// <summary>The report (rows, rejections, duplicates) as JSON, once the job has ended.</summary>
    public string? Report { get; private set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? HeartbeatAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public int Attempts { get; private set; }
    public int Version { get; set; }

    /// <summary>The states a job never leaves; any hidden row of such a job is a leftover to remove.</summary>
    public static readonly IReadOnlyList<ImportJobStatus> EndedStatuses = [ImportJobStatus.Succeeded, ImportJobStatus.Failed, ImportJobStatus.Cancelled];

    public bool IsOver => EndedStatuses.Contains(Status);

    public static PeopleImportJob Queue(int territoryId, string fileName, byte[] content, bool dryRun, string requestedBy, DateTime now) => new()
    {
        TerritoryId = territoryId,
        FileName = fileName,
        Content = content,
        DryRun = dryRun,
        RequestedBy = requestedBy,
        RequestedAt = now,
        Message = "En attente de traitement.",
    };

    /// <summary>A worker takes the job; the conditional save on the version keeps two nodes from both taking it.</summary>
    public void Start(DateTime now)
    {
        if (Status != ImportJobStatus.Queued)
        {
            throw new BusinessRuleException("Cet import n'est plus en attente.");
        }
        Status = ImportJobStatus.Running;
        Stage = ImportStage.Reading;
        StartedAt = now;
        HeartbeatAt = now;
        Attempts++;
        Progress = 0;
        RowsWritten = 0;
        Message = "Import en cours.";
    }

    /// <summary>Where the worker is; also its heartbeat. Progress never goes back within a run.</summary>
    public void Advance(ImportStage stage, int progress, DateTime now, int? rowsTotal = null, int? rowsWritten = null)
    {
        if (Status != ImportJobStatus.Running)
        {
            return;
        }
        Stage = stage;
        Progress = Math.Clamp(Math.Max(Progress, progress), 0, 99);
        RowsTotal = rowsTotal ?? RowsTotal;
        RowsWritten = rowsWritten ?? RowsWritten;
        HeartbeatAt = now;
    }

    /// <summary>"Annuler": the worker stops at its next chunk and removes what it had written.</summary>
    public void Cancel(string by, DateTime now)
    {
        if (IsOver)
        {
            throw new BusinessRuleException(Status == ImportJobStatus.Cancelled
                ? "Cet import est déjà annulé."
                : "Cet import est terminé : il ne peut plus être annulé.");
        }
        Status = ImportJobStatus.Cancelled;
        Stage = ImportStage.Done;
        FinishedAt = now;
        Content = null;
        Message = $"Annulé par {by} : le registre n'a pas changé.";
    }

    public void Succeed(string report, string message, DateTime now)
    {
        Status = ImportJobStatus.Succeeded;
        Stage = ImportStage.Done;
        Progress = 100;
        Report = report;
        Message = message;
        FinishedAt = now;
        Content = null;
    }

    public void Fail(string message, DateTime now)
    {
        Status = ImportJobStatus.Failed;
        Stage = ImportStage.Done;
        Message = message;
        FinishedAt = now;
        Content = null;
    }

    /// <summary>
    /// The node running the job died (its heartbeat stopped): what it wrote is removed by the caller
    /// and the job is queued again, or fails after <see cref="MaxAttempts"/> interrupted runs.
    /// </summary>
    public void Interrupt(DateTime now)
    {
        if (Status != ImportJobStatus.Running)
        {
            return;
        }
        if (Attempts >= MaxAttempts)
        {
            Fail($"L'import s'est interrompu {MaxAttempts} fois (serveur arrêté) : le registre n'a pas changé ; relancez-le.", now);
            return;
        }
        Status = ImportJobStatus.Queued;
        Stage = ImportStage.Waiting;
        Progress = 0;
        RowsWritten = 0;
        Message = "Import interrompu (serveur arrêté) : le registre n'a pas changé, il reprendra de lui-même.";
    }

    /// <summary>Running, but its node has not been heard of for longer than <paramref name="timeout"/>: it is gone.</summary>
    public bool IsStale(DateTime now, TimeSpan timeout) =>
        Status == ImportJobStatus.Running && (HeartbeatAt ?? StartedAt ?? DateTime.MinValue) < now - timeout;
}
