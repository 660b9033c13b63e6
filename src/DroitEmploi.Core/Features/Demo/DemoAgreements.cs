using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Agreements;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// This year's agreements of La Barakajobs and La Fabrique de l'Emploi with the fund — a forecast a little ahead of the
/// hires made, as agreements tend to be — and the payments received so far: the fund pays each month's contribution
/// in the following month, the département too, except one month it paid a month late and the last month it has not
/// paid yet. La Barakajobs has entered its employer contribution rate; La Fabrique has not, so its statement still
/// compares with gross pay.
/// </summary>
internal static class DemoAgreements
{
    public static async Task SeedAsync(AppDbContext db, Dictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var parameters = await ParameterSnapshot.LoadAsync(db, cancellationToken);
        foreach (var (key, extraHires) in new[] { ("barakajobs", 2), ("fabrique", 1) })
        {
            var organisationId = ids[key];
            var contracts = (await db.EmploymentContracts.AsNoTracking().Include(c => c.Amendments).Include(c => c.Suspensions).AsSplitQuery()
                .Where(c => c.OrganisationId == organisationId).ToListAsync(cancellationToken)).Select(ContractFacts.Of).ToList();
            var year = today.Year;
            var months = Enumerable.Range(1, 12).Select(m => FundingRules.Month(contracts, year, m, FundingRates.On(parameters, new DateOnly(year, m, 1)))).ToList();
            var agreement = new FundAgreement { OrganisationId = organisationId, Year = year };
            agreement.Set(new AgreementInput
            {
                StateRate = parameters.ValueOn(ParameterCatalogue.StateRate, new DateOnly(year, 1, 1)),
                Note = "Avenant annuel (démo) : objectif de 40 % des charges couvertes par le chiffre d'affaires ; embauches au fil de la liste d'attente.",
                Months = months.Select(m => new AgreementMonthInput
                {
                    Month = m.Month,
                    // The forecast runs ahead of the actual by the hires planned and not yet made, about one a month.
                    ForecastEtp = Math.Round(months[0].Etp + (m.Month - 1) * 0.8m * extraHires, 1),
                    ForecastHires = extraHires,
                }).ToList(),
            });
            db.FundAgreements.Add(agreement);

            var lastPaid = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            foreach (var month in months.Where(m => new DateOnly(year, m.Month, 1) < lastPaid))
            {
                var first = new DateOnly(year, month.Month, 1);
                var usual = first.AddMonths(1).AddDays(19);
                db.FundingPayments.Add(Payment(organisationId, FundingPayer.Fund, year, month.Month, usual, month.StateAmount));
                // The département paid March a month late, and has not paid the last month yet.
                var departmentDay = month.Month == 3 ? usual.AddMonths(1) : usual;
                if (first.AddMonths(1) < lastPaid && departmentDay <= today)
                {
                    db.FundingPayments.Add(Payment(organisationId, FundingPayer.Department, year, month.Month, departmentDay, month.DepartmentAmount));
                }
            }
        }
        db.EmployerContributionRates.Add(new EmployerContributionRate
        {
            OrganisationId = ids["barakajobs"],
            ValidFrom = new DateOnly(today.Year - 1, 1, 1),
            Rate = 0.12m,
            Source = "Bulletins de paie (démo) : cotisations patronales après la réduction générale sur les bas salaires",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static FundingPayment Payment(int organisationId, FundingPayer payer, int year, int month, DateOnly receivedOn, decimal amount) => new()
    {
        OrganisationId = organisationId,
        Payer = payer,
        Kind = FundingPaymentKind.Contribution,
        Year = year,
        Month = month,
        ReceivedOn = receivedOn,
        Amount = FundingRules.Cents(amount),
        Reference = $"VIR-{(payer == FundingPayer.Fund ? "ETCLD" : "DEP59")}-{year}{month:00} (démo)",
    };
}
