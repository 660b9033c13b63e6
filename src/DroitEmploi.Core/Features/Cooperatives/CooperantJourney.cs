using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A cooperant's journey as its dated steps: the one place that replays them into a situation at a date and
/// that decides whether a new step may follow (order, presence, the CAPE's legal limits and the KPA's own).
/// </summary>
public sealed class CooperantJourney
{
    private readonly List<ContractPeriod> _periods = [];
    private readonly int _limitMonths;

    private CooperantJourney(int kpaLongestPathYears)
    {
        _limitMonths = Math.Min(CapeLimits.TotalMonths, kpaLongestPathYears * 12);
    }

    public bool Present { get; private set; }
    public DateOnly? PresentSince { get; private set; }
    public JourneyStage? Stage { get; private set; }
    public DateOnly? StageSince { get; private set; }
    public DateOnly? LastExitOn { get; private set; }
    public ExitReason? LastExitReason { get; private set; }
    public DateOnly? LastStepOn { get; private set; }
    public bool Started => LastStepOn is not null;
    public IReadOnlyList<ContractPeriod> Periods => _periods;
    public int CapeMonthsSigned => _periods.Sum(p => p.CapeMonths);
    public int CapeMonthsLimit => _limitMonths;

    /// <summary>The steps recorded on or before <paramref name="at"/>, in the order they were recorded.</summary>
    public static CooperantJourney Replay(IEnumerable<JourneyStep> steps, int kpaLongestPathYears, DateOnly? at = null)
    {
        var journey = new CooperantJourney(kpaLongestPathYears);
        foreach (var step in Ordered(steps).Where(s => at is null || s.On <= at))
        {
            journey.Apply(step);
        }
        return journey;
    }

    /// <summary>The contract periods the steps make; they do not depend on the KPA's limit, which only checks new steps.</summary>
    public static IReadOnlyList<ContractPeriod> PeriodsOf(IEnumerable<JourneyStep> steps) => Replay(steps, CapeLimits.TotalMonths / 12).Periods;

    public static IEnumerable<JourneyStep> Ordered(IEnumerable<JourneyStep> steps) => steps.OrderBy(s => s.On).ThenBy(s => s.Id);

    public static CooperantSituation SituationAt(IEnumerable<JourneyStep> steps, int kpaLongestPathYears, DateOnly at)
    {
        var journey = Replay(steps, kpaLongestPathYears, at);
        var current = journey._periods.LastOrDefault(p => p.Covers(at));
        var lastCape = journey._periods.LastOrDefault(p => p.Kind == CooperantContractKind.Cape);
        return new CooperantSituation(at, journey.Present, journey.PresentSince,
            current?.Kind, current?.Number, current?.Start, current?.End, current?.Renewal ?? 0,
            lastCape is null ? CapeLimits.Renewals : CapeLimits.Renewals - lastCape.Renewal,
            journey.CapeMonthsSigned, journey._limitMonths, Math.Max(0, journey._limitMonths - journey.CapeMonthsSigned),
            journey.Stage, journey.StageSince, journey.LastExitOn, journey.LastExitReason, journey._periods.ToList());
    }

    /// <summary>Refuses, with the reason and the field at fault, a step that cannot follow the ones recorded.</summary>
    public void Check(JourneyStep next, DateOnly birthDate)
    {
        if (LastStepOn is { } last && next.On < last)
        {
            throw ValidationFailedException.For("on", $"Une étape ne peut précéder la dernière enregistrée (le {last:dd/MM/yyyy}) : le parcours se lit dans l'ordre.");
        }
        if (!Started && next.Kind != JourneyStepKind.Entry)
        {
            throw ValidationFailedException.For("kind", "Un parcours commence par l'entrée dans le KPA.");
        }
        switch (next.Kind)
        {
            case JourneyStepKind.Entry:
                if (Started)
                {
                    throw ValidationFailedException.For("kind", "L'entrée est déjà enregistrée : après une sortie, enregistrez un retour.");
                }
                if (birthDate.AddYears(16) > next.On)
                {
                    throw ValidationFailedException.For("on", "Un KPA accueille à partir de 16 ans : la personne ne les a pas à cette date.");
                }
                break;
            case JourneyStepKind.Contract:
                EnsurePresent();
                if (next.Contract is not { } kind)
                {
                    throw ValidationFailedException.For("contract", "Choisissez le contrat : CAPE, CESA, volontariat ou adhésion.");
                }
                if (_periods.LastOrDefault(p => p.Covers(next.On)) is { } running)
                {
                    throw new BusinessRuleException($"Un contrat court jusqu'au {running.End:dd/MM/yyyy} : enregistrez un renouvellement ou un avenant, ou la sortie.");
                }
                CheckPeriod(kind, next.On, next.EndsOn, "endsOn");
                CheckTotal(new ContractPeriod(kind, next.ContractNumber, next.On, next.EndsOn, 0), null);
                break;
            case JourneyStepKind.Renewal:
                EnsurePresent();
                var renewed = _periods.LastOrDefault();
                if (renewed is not { Kind: CooperantContractKind.Cape, End: { } renewedEnd } || next.On > renewedEnd.AddDays(1))
                {
                    throw new BusinessRuleException("Seul un CAPE en cours (ou qui finit la veille) se renouvelle : sinon, enregistrez un nouveau contrat.");
                }
                if (renewed.Renewal >= CapeLimits.Renewals)
                {
                    throw new BusinessRuleException($"Un CAPE se renouvelle {CapeLimits.Renewals} fois au plus (Code de commerce, R127-1) : celui-ci l'a déjà été {renewed.Renewal} fois.");
                }
                var start = renewedEnd.AddDays(1);
                CheckPeriod(CooperantContractKind.Cape, start, next.EndsOn, "endsOn");
                CheckTotal(new ContractPeriod(CooperantContractKind.Cape, next.ContractNumber ?? renewed.Number, start, next.EndsOn, renewed.Renewal + 1), null);
                break;
            case JourneyStepKind.Amendment:
                EnsurePresent();
                var amended = _periods.LastOrDefault(p => p.Covers(next.On))
                    ?? throw new BusinessRuleException("Aucun contrat ne court à cette date : un avenant modifie un contrat en cours.");
                if (next.EndsOn is { } newEnd)
                {
                    if (newEnd < next.On)
                    {
                        throw ValidationFailedException.For("endsOn", "Un avenant ne peut finir le contrat avant la date de l'avenant : enregistrez plutôt la sortie.");
                    }
                    CheckPeriod(amended.Kind, amended.Start, newEnd, "endsOn");
                    CheckTotal(amended with { End = newEnd }, amended);
                }
                break;
            case JourneyStepKind.Stage:
                EnsurePresent();
                if (next.Stage is null)
                {
                    throw ValidationFailedException.For("stage", "Choisissez l'étape : s'immerger, explorer, tester ou s'ouvrir vers l'extérieur.");
                }
                break;
            case JourneyStepKind.Exit:
                EnsurePresent();
                if (next.ExitReason is null)
                {
                    throw ValidationFailedException.For("exitReason", "Indiquez le motif de sortie : emploi, formation, création d'entreprise, EBE ou autre.");
                }
                break;
            case JourneyStepKind.Return:
                if (Present)
                {
                    throw new BusinessRuleException("La personne est dans le KPA : un retour suit une sortie.");
                }
                break;
        }
    }

    private void EnsurePresent()
    {
        if (!Present)
        {
            throw new BusinessRuleException($"La personne est sortie du KPA le {LastExitOn:dd/MM/yyyy} : enregistrez d'abord son retour.");
        }
    }

    private static void CheckPeriod(CooperantContractKind kind, DateOnly start, DateOnly? end, string field)
    {
        if (end is null)
        {
            if (kind is CooperantContractKind.Cape or CooperantContractKind.Cesa)
            {
                throw ValidationFailedException.For(field, "Indiquez la date de fin du contrat.");
            }
            return;
        }
        if (end < start)
        {
            throw ValidationFailedException.For(field, "Le contrat ne peut finir avant de commencer.");
        }
        if (kind == CooperantContractKind.Cape && end > CapeLimits.LatestEnd(start))
        {
            throw ValidationFailedException.For(field, $"Un CAPE dure {CapeLimits.MonthsPerPeriod} mois au plus (Code de commerce, R127-1) : commencé le {start:dd/MM/yyyy}, il finit au plus tard le {CapeLimits.LatestEnd(start):dd/MM/yyyy}.");
        }
    }

    private void CheckTotal(ContractPeriod added, ContractPeriod? replaced)
    {
        if (added.Kind != CooperantContractKind.Cape)
        {
            return;
        }
        var total = CapeMonthsSigned - (replaced?.CapeMonths ?? 0) + added.CapeMonths;
        if (total > CapeLimits.TotalMonths)
        {
            throw ValidationFailedException.For("endsOn", $"{CapeLimits.TotalMonths} mois de CAPE au plus en tout (Code de commerce, R127-1) : ce contrat porterait le total à {total} mois.");
        }
        if (total > _limitMonths)
        {
            throw ValidationFailedException.For("endsOn", $"Ce KPA limite le parcours à {_limitMonths / 12} an{(_limitMonths > 12 ? "s" : "")} ({_limitMonths} mois) : ce contrat porterait le total de CAPE à {total} mois.");
        }
    }

    private void Apply(JourneyStep step)
    {
        LastStepOn = step.On;
        switch (step.Kind)
        {
            case JourneyStepKind.Entry:
            case JourneyStepKind.Return:
                Present = true;
                PresentSince = step.On;
                Stage = null;
                StageSince = null;
                break;
            case JourneyStepKind.Contract when step.Contract is { } kind:
                _periods.Add(new ContractPeriod(kind, step.ContractNumber, step.On, step.EndsOn, 0));
                break;
            case JourneyStepKind.Renewal when _periods.LastOrDefault() is { End: { } end } renewed:
                _periods.Add(new ContractPeriod(renewed.Kind, step.ContractNumber ?? renewed.Number, end.AddDays(1), step.EndsOn, renewed.Renewal + 1));
                break;
            case JourneyStepKind.Amendment:
                var index = _periods.FindLastIndex(p => p.Covers(step.On));
                if (index >= 0)
                {
                    _periods[index] = _periods[index] with { End = step.EndsOn ?? _periods[index].End, Number = step.ContractNumber ?? _periods[index].Number };
                }
                break;
            case JourneyStepKind.Stage:
                Stage = step.Stage;
                StageSince = step.On;
                break;
            case JourneyStepKind.Exit:
                Present = false;
                LastExitOn = step.On;
                LastExitReason = step.ExitReason;
                // A contract ends with the exit; a renewal signed ahead for a later period never starts.
                _periods.RemoveAll(p => p.Start > step.On);
                for (var i = 0; i < _periods.Count; i++)
                {
                    if (_periods[i].Covers(step.On))
                    {
                        _periods[i] = _periods[i] with { End = step.On };
                    }
                }
                break;
        }
    }
}
