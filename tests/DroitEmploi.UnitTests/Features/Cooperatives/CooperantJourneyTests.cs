using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.UnitTests.Features.Cooperatives;

public class CooperantJourneyTests
{
    private static readonly DateOnly BirthDate = new(1990, 5, 4);

    private static Kpa ThreeYears => new() { OrganisationId = 1, LongestPathYears = 3 };

    private static Cooperant Signed()
    {
        var cooperant = new Cooperant { Id = 1, KpaId = 1, FirstName = "Malik", LastName = "Test", BirthDate = BirthDate, Referent = "Hélène" };
        foreach (var signer in Enum.GetValues<CapeSigner>())
        {
            cooperant.Sign(signer, new DateOnly(2024, 1, 2));
        }
        return cooperant;
    }

    private static JourneyStepInput Step(JourneyStepKind kind, DateOnly on, DateOnly? endsOn = null, CooperantContractKind? contract = null,
        ExitReason? exit = null, JourneyStage? stage = null) =>
        new() { Kind = kind, On = on, EndsOn = endsOn, Contract = contract, ExitReason = exit, Stage = stage };

    private static Cooperant UnderCape(Kpa kpa, DateOnly start, DateOnly end)
    {
        var cooperant = Signed();
        cooperant.Record(Step(JourneyStepKind.Entry, start), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Contract, start, end, CooperantContractKind.Cape), kpa, BirthDate);
        return cooperant;
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", 12)]
    [InlineData("2026-01-15", "2027-01-14", 12)]
    [InlineData("2026-01-01", "2026-01-15", 1)]
    [InlineData("2026-03-10", "2026-05-09", 2)]
    [InlineData("2026-03-10", "2026-05-10", 3)]
    public void A_month_begun_counts_as_one(string start, string end, int months) =>
        Assert.Equal(months, CapeLimits.Months(DateOnly.Parse(start), DateOnly.Parse(end)));

    [Fact]
    public void The_situation_at_any_date_follows_exits_and_returns()
    {
        var kpa = ThreeYears;
        var cooperant = UnderCape(kpa, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        cooperant.Record(Step(JourneyStepKind.Stage, new DateOnly(2024, 3, 1), stage: JourneyStage.Explore), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Exit, new DateOnly(2024, 6, 30), exit: ExitReason.Training), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Return, new DateOnly(2025, 2, 1)), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2025, 2, 1), new DateOnly(2026, 1, 31), CooperantContractKind.Cape), kpa, BirthDate);

        var before = cooperant.SituationAt(kpa, new DateOnly(2023, 12, 31));
        Assert.False(before.Present);
        Assert.Null(before.Contract);

        var exploring = cooperant.SituationAt(kpa, new DateOnly(2024, 4, 15));
        Assert.True(exploring.Present);
        Assert.Equal(JourneyStage.Explore, exploring.Stage);
        Assert.Equal(CooperantContractKind.Cape, exploring.Contract);
        Assert.Equal(new DateOnly(2024, 12, 31), exploring.ContractEndsOn);

        var away = cooperant.SituationAt(kpa, new DateOnly(2024, 9, 1));
        Assert.False(away.Present);
        Assert.Null(away.Contract);
        Assert.Equal(ExitReason.Training, away.LastExitReason);
        // The exit cut the first CAPE at six months: that is all it used.
        Assert.Equal(6, away.CapeMonthsSigned);

        var back = cooperant.SituationAt(kpa, new DateOnly(2025, 6, 1));
        Assert.True(back.Present);
        Assert.Null(back.Stage);
        Assert.Equal(new DateOnly(2026, 1, 31), back.ContractEndsOn);
        Assert.Equal(18, back.CapeMonthsSigned);
        Assert.Equal(18, back.CapeMonthsLeft);
        Assert.Equal(7, back.MonthsToContractEnd);
    }

    [Fact]
    public void A_cape_lasts_twelve_months_at_most()
    {
        var kpa = ThreeYears;
        var cooperant = Signed();
        cooperant.Record(Step(JourneyStepKind.Entry, new DateOnly(2024, 1, 1)), kpa, BirthDate);
        var refused = Assert.Throws<ValidationFailedException>(() =>
            cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), CooperantContractKind.Cape), kpa, BirthDate));
        Assert.Contains("12 mois au plus", refused.Errors["endsOn"][0]);
        Assert.Contains("31/12/2024", refused.Errors["endsOn"][0]);
    }

    [Fact]
    public void A_cape_is_renewed_twice_at_most_for_thirty_six_months()
    {
        var kpa = ThreeYears;
        var cooperant = UnderCape(kpa, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2024, 12, 1), new DateOnly(2025, 12, 31)), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2025, 12, 1), new DateOnly(2026, 12, 31)), kpa, BirthDate);
        var situation = cooperant.SituationAt(kpa, new DateOnly(2026, 6, 1));
        Assert.Equal(36, situation.CapeMonthsSigned);
        Assert.Equal(0, situation.RenewalsLeft);
        Assert.Equal(new DateOnly(2026, 1, 1), situation.ContractStart);

        var third = Assert.Throws<BusinessRuleException>(() =>
            cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)), kpa, BirthDate));
        Assert.Contains("2 fois au plus", third.Message);
    }

    [Fact]
    public void Thirty_six_months_in_all_even_across_an_exit_and_a_return()
    {
        var kpa = ThreeYears;
        var cooperant = UnderCape(kpa, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2023, 12, 1), new DateOnly(2024, 12, 31)), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2024, 12, 1), new DateOnly(2025, 12, 31)), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Exit, new DateOnly(2025, 6, 30), exit: ExitReason.Other), kpa, BirthDate);
        cooperant.Record(Step(JourneyStepKind.Return, new DateOnly(2025, 9, 1)), kpa, BirthDate);
        Assert.Equal(30, cooperant.SituationAt(kpa, new DateOnly(2025, 9, 1)).CapeMonthsSigned);

        // 30 months used: a new twelve-month CAPE would make 42.
        var refused = Assert.Throws<ValidationFailedException>(() =>
            cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31), CooperantContractKind.Cape), kpa, BirthDate));
        Assert.Contains("36 mois de CAPE au plus", refused.Errors["endsOn"][0]);
        Assert.Contains("42 mois", refused.Errors["endsOn"][0]);
        cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 28), CooperantContractKind.Cape), kpa, BirthDate);
        var last = cooperant.SituationAt(kpa, new DateOnly(2025, 10, 1));
        Assert.Equal(36, last.CapeMonthsSigned);
        Assert.Equal(0, last.CapeMonthsLeft);
    }

    [Fact]
    public void A_kpa_that_allows_one_year_refuses_the_renewal_past_it()
    {
        var kpa = new Kpa { OrganisationId = 1, LongestPathYears = 1 };
        var cooperant = UnderCape(kpa, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        var refused = Assert.Throws<ValidationFailedException>(() =>
            cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2025, 6, 1), new DateOnly(2026, 3, 31)), kpa, BirthDate));
        Assert.Contains("limite le parcours à 1 an", refused.Errors["endsOn"][0]);
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31)), kpa, BirthDate);
        Assert.Equal(0, cooperant.SituationAt(kpa, new DateOnly(2025, 7, 1)).CapeMonthsLeft);
    }

    [Fact]
    public void Steps_are_refused_out_of_order_or_out_of_place()
    {
        var kpa = ThreeYears;
        var cooperant = Signed();
        Assert.Throws<ValidationFailedException>(() => cooperant.Record(Step(JourneyStepKind.Stage, new DateOnly(2024, 1, 1), stage: JourneyStage.Test), kpa, BirthDate));
        var tooYoung = Assert.Throws<ValidationFailedException>(() => cooperant.Record(Step(JourneyStepKind.Entry, new DateOnly(2005, 1, 1)), kpa, BirthDate));
        Assert.Contains("16 ans", tooYoung.Errors["on"][0]);

        cooperant.Record(Step(JourneyStepKind.Entry, new DateOnly(2024, 3, 1)), kpa, BirthDate);
        Assert.Throws<ValidationFailedException>(() => cooperant.Record(Step(JourneyStepKind.Stage, new DateOnly(2024, 2, 1), stage: JourneyStage.Test), kpa, BirthDate));
        Assert.Throws<ValidationFailedException>(() => cooperant.Record(Step(JourneyStepKind.Exit, new DateOnly(2024, 4, 1)), kpa, BirthDate));
        Assert.Throws<BusinessRuleException>(() => cooperant.Record(Step(JourneyStepKind.Return, new DateOnly(2024, 4, 1)), kpa, BirthDate));
        cooperant.Record(Step(JourneyStepKind.Exit, new DateOnly(2024, 4, 1), exit: ExitReason.Job), kpa, BirthDate);
        var stageAfterExit = Assert.Throws<BusinessRuleException>(() => cooperant.Record(Step(JourneyStepKind.Stage, new DateOnly(2024, 5, 1), stage: JourneyStage.Test), kpa, BirthDate));
        Assert.Contains("retour", stageAfterExit.Message);
    }

    [Fact]
    public void A_cape_starts_only_once_its_three_signatures_are_recorded()
    {
        var kpa = ThreeYears;
        var cooperant = new Cooperant { Id = 2, KpaId = 1, FirstName = "Dany", LastName = "Test", BirthDate = BirthDate, Referent = "Hélène" };
        cooperant.Record(Step(JourneyStepKind.Entry, new DateOnly(2024, 1, 1)), kpa, BirthDate);
        cooperant.Sign(CapeSigner.Cooperant, new DateOnly(2024, 1, 2));
        cooperant.Sign(CapeSigner.Referent, new DateOnly(2024, 1, 2));
        Assert.Throws<BusinessRuleException>(() =>
            cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2024, 1, 3), new DateOnly(2024, 12, 31), CooperantContractKind.Cape), kpa, BirthDate));
        Assert.Throws<BusinessRuleException>(() => cooperant.Sign(CapeSigner.Referent, new DateOnly(2024, 1, 3)));
        cooperant.Sign(CapeSigner.Coordinator, new DateOnly(2024, 1, 3));
        cooperant.Record(Step(JourneyStepKind.Contract, new DateOnly(2024, 1, 3), new DateOnly(2024, 12, 31), CooperantContractKind.Cape), kpa, BirthDate);
        Assert.True(cooperant.CapeSigned);
    }

    [Fact]
    public void An_amendment_moves_the_end_within_the_same_limits_and_an_exit_cancels_a_renewal_signed_ahead()
    {
        var kpa = ThreeYears;
        var cooperant = UnderCape(kpa, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        cooperant.Record(Step(JourneyStepKind.Amendment, new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31)), kpa, BirthDate);
        Assert.Throws<ValidationFailedException>(() =>
            cooperant.Record(Step(JourneyStepKind.Amendment, new DateOnly(2025, 4, 1), new DateOnly(2026, 1, 31)), kpa, BirthDate));
        cooperant.Record(Step(JourneyStepKind.Renewal, new DateOnly(2025, 11, 15), new DateOnly(2026, 12, 31)), kpa, BirthDate);
        Assert.Equal(24, cooperant.SituationAt(kpa, new DateOnly(2025, 11, 20)).CapeMonthsSigned);
        cooperant.Record(Step(JourneyStepKind.Exit, new DateOnly(2025, 11, 30), exit: ExitReason.EmploymentCompany), kpa, BirthDate);
        var gone = cooperant.SituationAt(kpa, new DateOnly(2026, 2, 1));
        Assert.Equal(11, gone.CapeMonthsSigned);
        Assert.Single(gone.Periods);
    }

    [Fact]
    public void Nobody_works_before_the_insurance_is_validated_nor_outside_a_contract_and_the_invoice_names_the_cape()
    {
        var kpa = ThreeYears;
        var cooperant = UnderCape(kpa, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        cooperant.TradeName = "Tonte";
        var uninsured = Assert.Throws<BusinessRuleException>(() => cooperant.EnsureMayWork(kpa, new DateOnly(2025, 3, 1)));
        Assert.Contains("assurance", uninsured.Message);
        cooperant.ValidateInsurance(new DateOnly(2025, 2, 1));
        Assert.Throws<BusinessRuleException>(() => cooperant.EnsureMayWork(kpa, new DateOnly(2025, 1, 15)));
        Assert.Throws<BusinessRuleException>(() => cooperant.EnsureMayWork(kpa, new DateOnly(2026, 1, 5)));
        var situation = cooperant.EnsureMayWork(kpa, new DateOnly(2025, 3, 1));
        var mention = Cooperant.InvoiceMention("KPA Test", "Malik Test", cooperant.TradeName, situation with { ContractNumber = "C-1" });
        Assert.Equal("KPA Test — Tonte (Malik Test), CAPE n° C-1 jusqu'au 31/12/2025", mention);
        var long_ = Cooperant.InvoiceMention(new string('K', 190), "Malik Test", null, situation with { ContractNumber = "C-1" });
        Assert.Equal(Cooperant.MentionLength, long_.Length);
        Assert.EndsWith("CAPE n° C-1 jusqu'au 31/12/2025", long_);
    }
}
