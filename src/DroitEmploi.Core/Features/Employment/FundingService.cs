using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Employment;

/// <summary>ETP of a month and the funding statement of a year for an EBE, from the dated parameters in force.</summary>
public sealed class FundingService(IDbContextFactory<AppDbContext> dbFactory, FiguresCache figures)
{
    public async Task<EtpStatement> EtpAsync(AccessScope scope, int organisationId, int year, int month, CancellationToken cancellationToken = default)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("month", "Le mois s'écrit AAAA-MM, par exemple 2026-03.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanSeeOrganisationStaff(OrganisationAccess.Of(organisation));
        var first = new DateOnly(year, month, 1);
        var contracts = await ContractsOverlapping(db, organisationId, first, first.AddMonths(1).AddDays(-1), cancellationToken);
        var rates = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        var legal = rates.ValueOn(ParameterCatalogue.LegalWeeklyHours, first);
        var lines = contracts
            .Select(c => new EtpLine(c.Id, c.EmployeeName, c.IsSupervisoryNonPpde, FullTimeEquivalent.ForMonth(ContractFacts.Of(c), year, month, legal)))
            .Where(l => l.Etp > 0).OrderBy(l => l.EmployeeName).ToList();
        var total = lines.Sum(l => l.Etp);
        var supervisory = lines.Where(l => l.Supervisory).Sum(l => l.Etp);
        var share = rates.ValueOn(ParameterCatalogue.SupervisoryFundableShare, first);
        var fundable = total - supervisory + Math.Min(supervisory, share * total);
        return new EtpStatement(organisationId, organisation.Name, year, month,
            lines.Select(l => l with { Etp = Math.Round(l.Etp, 4) }).ToList(),
            Math.Round(total, 4), Math.Round(supervisory, 4), total == 0 ? 0 : Math.Round(supervisory / total, 4), Math.Round(fundable, 4), share);
    }

    public async Task<FundingStatement> StatementAsync(AccessScope scope, int organisationId, int year, CancellationToken cancellationToken = default)
    {
        if (year is < 2000 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année s'écrit sur 4 chiffres, par exemple 2026.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        // Recomputed only when a contract of the EBE, a dated parameter or the EBE itself changed.
        // (The people hired are in the stamp too: not needed here, but one query reads all three sets.)
        var contracts = db.EmploymentContracts.Where(c => c.OrganisationId == organisationId);
        var stamp = (organisation.Version, await DataStamp.OfAsync(db.Organisations.Where(o => o.Id == organisationId), contracts,
            db.People.Where(p => contracts.Any(c => c.PersonId == p.Id)), db.DatedParameters, cancellationToken),
            await DataStamp.OfAsync(db.EmployerContributionRates.Where(r => r.OrganisationId == organisationId), cancellationToken));
        return await figures.GetAsync(("funding", organisationId, year), stamp, () => ComputeStatementAsync(db, organisation, year, cancellationToken));
    }

    private static async Task<FundingStatement> ComputeStatementAsync(AppDbContext db, Organisation organisation, int year, CancellationToken cancellationToken)
    {
        var organisationId = organisation.Id;
        var contracts = (await ContractsOverlapping(db, organisationId, new DateOnly(year - 1, 12, 1), new DateOnly(year, 12, 31), cancellationToken))
            .Select(ContractFacts.Of).ToList();
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        var employerRates = await db.EmployerContributionRates.AsNoTracking().Where(r => r.OrganisationId == organisationId).ToListAsync(cancellationToken);

        var months = new List<FundingMonthFigures>();
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            months.Add(FundingRules.Month(contracts, year, month, FundingRates.On(parameters, first), EmployerContributionRate.InForce(employerRates, first)));
        }
        var previousDecember = FundingRules.Month(contracts, year - 1, 12, FundingRates.On(parameters, new DateOnly(year - 1, 12, 1)));
        var yearEnd = new DateOnly(year, 12, 31);
        var (extra, seedGrant) = FundingRules.SeedGrant(months[11].Etp, previousDecember.Etp,
            parameters.ValueOn(ParameterCatalogue.SeedGrantShareOfAnnualSmic, yearEnd), parameters.ValueOn(ParameterCatalogue.SmicHourly, yearEnd),
            parameters.ValueOn(ParameterCatalogue.MonthlyFullTimeHours, yearEnd));

        var cents = FundingRules.Cents;
        var lines = months.Select(m => new FundingLine(
            m.Month, Math.Round(m.Etp, 4), Math.Round(m.SupervisoryEtp, 4), Math.Round(m.FundableEtp, 4), m.Rates.SmicHourly, m.Rates.StateRate,
            cents(m.StateAmount), cents(m.DepartmentAmount), cents(m.PublicAmount), cents(m.GrossPayroll),
            m.FundableEtp == 0 ? null : cents(m.PublicAmount / m.FundableEtp), m.Etp == 0 ? null : cents(m.GrossPayroll / m.Etp),
            m.PublicFundingExceedsPay, m.EmployerContributionRate, m.EmployerContributionRate is null || m.Etp == 0 ? null : cents(m.EmployerCost / m.Etp))).ToList();
        return new FundingStatement(organisationId, organisation.Name, year, lines,
            cents(months.Sum(m => m.StateAmount)), cents(months.Sum(m => m.DepartmentAmount)), cents(months.Sum(m => m.PublicAmount)),
            cents(months.Sum(m => m.GrossPayroll)), Math.Round(months[11].Etp, 4), Math.Round(previousDecember.Etp, 4),
            Math.Round(extra, 4), cents(seedGrant), lines.Count(l => l.PublicFundingExceedsPay), months.Any(m => m.EmployerContributionRate is not null));
    }

    /// <summary>The statement as a file for the fund: one row a month, then the totals and the seed grant.</summary>
    public async Task<ExportedFile> ExportAsync(AccessScope scope, int organisationId, int year, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var statement = await StatementAsync(scope, organisationId, year, cancellationToken);
        string[] headers = ["Mois", "ETP", "dont encadrement non PPDE", "ETP finançables", "SMIC horaire brut", "Taux État", "Contribution État (€)",
            "Part département (€)", "Total public (€)", "Masse salariale brute estimée (€)", "Public par ETP (€)", "Salaire par ETP (€)", "Coût employeur par ETP (€)", "Alerte"];
        var rows = statement.Months.Select(m => new object?[]
        {
            $"{year}-{m.Month:00}", m.Etp, m.SupervisoryEtp, m.FundableEtp, m.SmicHourly, m.StateRate, m.StateAmount, m.DepartmentAmount,
            m.PublicAmount, m.GrossPayroll, m.PublicPerEtp, m.PayPerEtp, m.EmployerCostPerEtp,
            m.PublicFundingExceedsPay ? (m.EmployerCostPerEtp is null ? "financement public supérieur au salaire brut" : "financement public supérieur au coût employeur") : "",
        }).Concat(
        [
            new object?[] { "Total", null, null, null, null, null, statement.StateTotal, statement.DepartmentTotal, statement.PublicTotal, statement.GrossPayrollTotal, null, null, null, "" },
            new object?[] { "Dotation d'amorçage", statement.SeedGrantEtp, null, null, null, null, statement.SeedGrantAmount, null, null, null, null, null, null,
                $"ETP décembre {year} : {statement.DecemberEtp} ; décembre {year - 1} : {statement.PreviousDecemberEtp}" },
        ]);
        var name = $"financement-{SearchText.Fold(statement.OrganisationName).Replace(' ', '-')}-{year}";
        return TableExport.Write(format, name, headers, rows);
    }

    private static async Task<List<EmploymentContract>> ContractsOverlapping(AppDbContext db, int organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
            .Where(c => c.OrganisationId == organisationId && c.StartDate <= to && (c.ExitDate == null || c.ExitDate >= from))
            .ToListAsync(cancellationToken);
}
