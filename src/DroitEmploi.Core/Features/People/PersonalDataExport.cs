using DroitEmploi.Core.Features.Audit;

namespace DroitEmploi.Core.Features.People;

public sealed record PersonalDataExport(DateTime ExportedAt, string ExportedBy, PersonDetails Person, IReadOnlyList<AuditEntryView> Journal);
