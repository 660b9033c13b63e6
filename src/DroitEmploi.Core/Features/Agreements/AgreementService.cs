using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Agreements;

/// <summary>An EBE's agreement with the fund, the payments it receives, and the employer contribution rate it enters from its payroll.</summary>
public sealed class AgreementService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, FundingService funding)
{
    private const string PaymentNotFound = "Ce versement n'existe pas ou ne vous est pas accessible.";

    public async Task<FundAgreementView> GetAsync(AccessScope scope, int organisationId, int year, CancellationToken cancellationToken = default)
    {
        EnsureYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        return await ViewAsync(db, scope, organisation, year, cancellationToken);
    }

    public async Task<FundAgreementView> SetAsync(AccessScope scope, int organisationId, int year, AgreementInput input, CancellationToken cancellationToken = default)
    {
        EnsureYear(year);
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await RequireEmploymentCompanyAsync(db, scope, organisationId, cancellationToken);
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), "Seule la direction de l'EBE tient sa convention avec le fonds.");
        var agreement = await db.FundAgreements.Include(a => a.Months).SingleOrDefaultAsync(a => a.OrganisationId == organisationId && a.Year == year, cancellationToken);
        if (agreement is null)
        {
            agreement = new FundAgreement { OrganisationId = organisationId, Year = year };
            db.FundAgreements.Add(agreement);
        }
        else
        {
            db.ExpectVersion(agreement, input.Version ?? agreement.Version);
        }
        agreement.Set(input);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, scope, organisation, year, cancellationToken);
    }

    public async Task<FundingPaymentView> RecordPaymentAsync(AccessScope scope, int organisationId, FundingPaymentInput input, CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await RequireEmploymentCompanyAsync(db, scope, organisationId, cancellationToken);
        scope.EnsureCanKeepAccounts(OrganisationAccess.Of(organisation));
        var payment = FundingPayment.Record(organisationId, input, clock.Today());
        db.FundingPayments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return FundingPaymentView.Of(payment);
    }

    public async Task DeletePaymentAsync(AccessScope scope, int paymentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var payment = await db.FundingPayments.SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken) ?? throw new NotFoundException(PaymentNotFound);
        var organisation = await db.Organisations.RequireAsync(payment.OrganisationId, cancellationToken);
        if (!scope.CanReadOrganisationFigures(OrganisationAccess.Of(organisation)))
        {
            throw new NotFoundException(PaymentNotFound);
        }
        scope.EnsureCanKeepAccounts(OrganisationAccess.Of(organisation));
        db.FundingPayments.Remove(payment);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EmployerContributionRateView>> AddEmployerRateAsync(AccessScope scope, int organisationId, EmployerContributionRateInput input,
        CancellationToken cancellationToken = default)
    {
        InputValidator.Validate(input);
        await using var db = await dbFactory.CreateForAsync(scope, cancellationToken);
        var organisation = await RequireEmploymentCompanyAsync(db, scope, organisationId, cancellationToken);
        scope.EnsureCanManageOrganisation(OrganisationAccess.Of(organisation), "Seule la direction de l'EBE renseigne son taux de cotisations patronales.");
        db.EmployerContributionRates.Add(EmployerContributionRate.Record(organisationId, input));
        await db.SaveChangesAsync(cancellationToken);
        return await EmployerRatesAsync(db, organisationId, cancellationToken);
    }

    /// <summary>The comparison as a file for the fund's year-end review: one row a month, then each payer's reconciliation.</summary>
    public async Task<ExportedFile> ExportAsync(AccessScope scope, int organisationId, int year, ExportFormat format, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(scope, organisationId, year, cancellationToken);
        string[] headers = ["Mois", "ETP prévus", "ETP réels", "Écart ETP", "Embauches prévues", "Embauches réelles", "Écart embauches",
            "Dû par le fonds (€)", "Reçu du fonds (€)", "Dû par le département (€)", "Reçu du département (€)"];
        var rows = view.Comparison.Months.Select(m => new object?[]
        {
            $"{year}-{m.Month:00}", m.ForecastEtp, m.ActualEtp, m.EtpGap, m.ForecastHires, m.ActualHires, m.HiresGap,
            m.FundDue, m.FundReceived, m.DepartmentDue, m.DepartmentReceived,
        }).Concat(new[] { view.Comparison.Fund, view.Comparison.Department }.Select(r => new object?[]
        {
            r.Payer == FundingPayer.Fund ? "Fonds : dû (contribution, dotation, complément) / reçu / solde" : "Département : dû / reçu / solde",
            null, null, null, null, null, null, r.Due, r.Received, null, r.Balance,
        }));
        return TableExport.Write(format, $"convention-{SearchText.Fold(view.OrganisationName).Replace(' ', '-')}-{year}", headers, rows);
    }

    private static void EnsureYear(int year)
    {
        if (year is < 2016 or > 2100)
        {
            throw ValidationFailedException.For("year", "L'année s'écrit sur 4 chiffres, par exemple 2026.");
        }
    }

    private static async Task<Organisation> RequireEmploymentCompanyAsync(AppDbContext db, AccessScope scope, int organisationId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.RequireAsync(organisationId, cancellationToken);
        scope.EnsureCanReadOrganisationFigures(OrganisationAccess.Of(organisation));
        if (organisation.Kind != OrganisationKind.EmploymentCompany)
        {
            throw new BusinessRuleException("La convention avec le fonds est celle d'une entreprise à but d'emploi.");
        }
        return organisation;
    }

    private async Task<FundAgreementView> ViewAsync(AppDbContext db, AccessScope scope, Organisation organisation, int year, CancellationToken cancellationToken)
    {
        var statement = await funding.StatementAsync(scope, organisation.Id, year, cancellationToken);
        var agreement = await db.FundAgreements.AsNoTracking().Include(a => a.Months)
            .SingleOrDefaultAsync(a => a.OrganisationId == organisation.Id && a.Year == year, cancellationToken);
        var payments = await db.FundingPayments.AsNoTracking().Where(p => p.OrganisationId == organisation.Id && p.Year == year)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var starts = await db.EmploymentContracts.AsNoTracking()
            .Where(c => c.OrganisationId == organisation.Id && !c.IsSupervisoryNonPpde && c.StartDate >= new DateOnly(year, 1, 1) && c.StartDate <= new DateOnly(year, 12, 31))
            .Select(c => c.StartDate).ToListAsync(cancellationToken);
        var hires = Enumerable.Range(1, 12).Select(m => starts.Count(s => s.Month == m)).ToList();
        var comparison = AgreementRules.Compare(year, clock.Today(), agreement, statement, hires, payments);

        var rate = (await ParameterSnapshot.LoadAsync(db, cancellationToken)).ValueOn(ParameterCatalogue.StateRate, new DateOnly(year, 1, 1));
        var terms = new AgreementInput
        {
            StateRate = agreement?.StateRate ?? rate,
            BalanceComplement = agreement?.BalanceComplement ?? 0,
            Note = agreement?.Note,
            Months = Enumerable.Range(1, 12).Select(m => agreement?.Months.SingleOrDefault(x => x.Month == m) is { } forecast
                ? new AgreementMonthInput { Month = m, ForecastEtp = forecast.ForecastEtp, ForecastHires = forecast.ForecastHires }
                : new AgreementMonthInput { Month = m }).ToList(),
            Version = agreement?.Version,
        };
        var access = OrganisationAccess.Of(organisation);
        return new FundAgreementView(organisation.Id, organisation.Name, year, agreement is not null, terms, comparison, statement.SeedGrantEtp,
            statement.ComparesWithEmployerCost, payments.Select(FundingPaymentView.Of).ToList(), await EmployerRatesAsync(db, organisation.Id, cancellationToken),
            scope.ManagesOrganisation(organisation.Id) && organisation.Kind == OrganisationKind.EmploymentCompany,
            scope.CanSell(organisation.Id) && scope.CanReadOrganisationFigures(access) && organisation.Kind == OrganisationKind.EmploymentCompany);
    }

    private static async Task<IReadOnlyList<EmployerContributionRateView>> EmployerRatesAsync(AppDbContext db, int organisationId, CancellationToken cancellationToken) =>
        await db.EmployerContributionRates.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderByDescending(r => r.ValidFrom)
            .Select(r => new EmployerContributionRateView(r.Id, r.ValidFrom, r.Rate, r.Source)).ToListAsync(cancellationToken);
}
