using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.Core.Features.People;

/// <summary>Everything stored about a person, the accompaniment notes of a KPA and the RTE of a CTE they joined included.</summary>
public sealed record PersonalDataExport(DateTime ExportedAt, string ExportedBy, PersonDetails Person, IReadOnlyList<AuditEntryView> Journal,
    IReadOnlyList<Cooperatives.AccompanimentNoteView>? AccompanimentNotes = null, IReadOnlyList<Transition.RteGrantRecord>? RteGrants = null);
