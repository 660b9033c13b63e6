using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// Contracts for the demo's hired volunteers: at the hours they wished, at the SMIC in force, a few with
/// the responsibility bonus; some amended, some suspended for a trial job elsewhere (most came back),
/// some ended, with their reasons; and a little supervisory staff who are not PPDE.
/// </summary>
public static class DemoEmploymentGenerator
{
    public sealed record Hire(Person Person, Proposal Proposal);

    private static readonly ExitReason[] ExitReasons =
        [ExitReason.JobElsewhereCdi, ExitReason.JobElsewhereCddSixMonthsOrMore, ExitReason.Training, ExitReason.Retirement, ExitReason.Resignation, ExitReason.BusinessCreation];

    public static List<EmploymentContract> Generate(IEnumerable<Hire> hires, int organisationForStaff, int territoryId, DateOnly opening, string[] staffNames, DateOnly today, int seed)
    {
        var random = new Random(seed);
        var end = today < DemoPeopleGenerator.ReferenceDate ? today : DemoPeopleGenerator.ReferenceDate;
        var contracts = new List<EmploymentContract>();
        foreach (var (person, proposal) in hires)
        {
            var start = DateOnly.FromDateTime(proposal.OutcomeAt!.Value).AddDays(1);
            if (start > end)
            {
                start = end;
            }
            var hours = (decimal)(person.WeeklyHoursWished ?? 24);
            var contract = new EmploymentContract
            {
                TerritoryId = territoryId,
                OrganisationId = proposal.OrganisationId,
                PersonId = person.Id,
                ProposalId = proposal.Id,
                EmployeeName = $"{person.FirstName} {person.LastName}",
                StartDate = start,
                WeeklyHours = hours,
                HourlyWage = Smic(start),
                ResponsibilityBonusRate = random.NextDouble() < 0.08 ? 0.10m : 0m,
                Activities = person.WishedActivities.Take(2).ToList(),
            };
            var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
            if (months > 6 && random.NextDouble() < 0.25)
            {
                var on = new DateOnly(start.Year, start.Month, 1).AddMonths(random.Next(3, months));
                var newHours = Math.Min(35, hours + new[] { -4m, 4m, 6m, 11m }[random.Next(4)]);
                contract.Amendments.Add(new ContractAmendment { EffectiveFrom = on, WeeklyHours = Math.Max(10, newHours), HourlyWage = Math.Max(contract.HourlyWage, Smic(on)), Note = "Heures choisies revues à la demande de la personne", By = "données de démonstration" });
            }
            if (months > 8 && random.NextDouble() < 0.12)
            {
                var from = start.AddMonths(random.Next(2, months - 4));
                var back = random.NextDouble() < 0.7;
                contract.Suspensions.Add(new ContractSuspension
                {
                    Start = from,
                    End = back ? from.AddMonths(random.Next(2, 6)).AddDays(-1) : null,
                    Reason = SuspensionReason.TrialJobElsewhere,
                    Note = "Essai d'un emploi dans une entreprise locale",
                    By = "données de démonstration",
                });
            }
            if (months > 10 && random.NextDouble() < 0.12 && contract.Suspensions.All(s => s.End is not null))
            {
                var exit = start.AddMonths(random.Next(6, months));
                if (contract.Amendments.All(a => a.EffectiveFrom <= exit) && contract.Suspensions.All(s => s.End <= exit))
                {
                    contract.ExitDate = exit;
                    contract.ExitReason = ExitReasons[random.Next(ExitReasons.Length)];
                    person.Transitions.Add(new PathTransition
                    {
                        From = PathState.Hired,
                        To = PathState.Withdrawn,
                        At = exit.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
                        By = "données de démonstration",
                        Reason = $"Sortie de l'EBE : {contract.ExitReason.Value.French()}",
                        OrganisationId = proposal.OrganisationId,
                    });
                    person.State = PathState.Withdrawn;
                }
            }
            contracts.Add(contract);
        }
        foreach (var name in staffNames)
        {
            contracts.Add(new EmploymentContract
            {
                TerritoryId = territoryId,
                OrganisationId = organisationForStaff,
                EmployeeName = name,
                StartDate = opening,
                WeeklyHours = 35,
                HourlyWage = Math.Round(Smic(opening) * 1.35m, 2),
                IsSupervisoryNonPpde = true,
                Activities = ["encadrement"],
            });
        }
        return contracts;
    }

    private static decimal Smic(DateOnly date) => ParameterCatalogue.SeedValueOn(ParameterCatalogue.SmicHourly, date);
}
