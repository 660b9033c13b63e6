using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Exports of the registry and the waiting list. The registry's columns are the import's, so an
/// export can be edited and imported again (people already registered are recognised, not duplicated).
/// </summary>
public sealed class PeopleExportService(IDbContextFactory<AppDbContext> dbFactory, WaitingListService waitingList, ReadJournal readJournal)
{
    public async Task<ExportedFile> RegistryAsync(AccessScope scope, int territoryId, ExportFormat format, CancellationToken cancellationToken = default)
    {
        scope.EnsureCanSeeIdentities(territoryId);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.TerritoryId == territoryId && p.AnonymisedAt == null)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        await readJournal.RecordAsync(scope, AuditActions.Exported, "Registry", territoryId, territoryId, $"{people.Count} personnes, {format}", cancellationToken);
        var headers = PeopleColumns.All.Select(c => c.Header).ToList();
        var rows = people.Select(p => new object?[]
        {
            p.LastName, p.FirstName, p.BirthDate, p.Sex switch { Sex.Female => "F", Sex.Male => "H", _ => "" },
            p.Email, p.Phone, p.Street, p.PostalCode, p.City, p.LivesInTerritorySince, p.InPerimeter, p.DeprivedOfEmploymentSince,
            p.FranceTravailRegistered, p.IncomeSupport == IncomeSupport.None ? "aucun" : p.IncomeSupport.French(), p.WeeklyHoursWished,
            string.Join(", ", p.WishedActivities), string.Join(", ", p.Skills), p.CandidacyDate, p.ConsentGiven, p.State.French(),
        });
        return TableExport.Write(format, "registre-volontaires", headers, rows);
    }

    public async Task<ExportedFile> WaitingListAsync(AccessScope scope, int territoryId, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var entries = await waitingList.AllAsync(scope, territoryId, cancellationToken);
        string[] headers = ["Position", "Nom", "Prénom", "Âge", "Date de candidature", "Attente (jours)", "Heures souhaitées", "Activités souhaitées"];
        var rows = entries.Select(e => new object?[]
        {
            e.Position, e.LastName, e.FirstName, e.Age, e.CandidacyDate, e.WaitingDays, e.WeeklyHoursWished, string.Join(", ", e.WishedActivities),
        });
        return TableExport.Write(format, "liste-attente", headers, rows);
    }
}
