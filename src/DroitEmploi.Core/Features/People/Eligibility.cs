using System.Globalization;

namespace DroitEmploi.Core.Features.People;

/// <summary>
/// The eligibility of a volunteer on a date: deprived of employment for at least N months, living on
/// the territory for at least M months, at an address inside the habilitated perimeter. Durations are
/// calendar months: a person deprived since 29 February 2024 reaches 12 months on 28 February 2025.
/// </summary>
public static class Eligibility
{
    private static readonly CultureInfo French = Common.French.Culture;

    public static EligibilityProposal Assess(EligibilityFacts facts, EligibilityThresholds thresholds, DateOnly at)
    {
        var reasons = new List<string>();
        var unmet = new List<string>();
        var eligible = true;
        void NotMet(string reason)
        {
            eligible = false;
            reasons.Add(reason);
            unmet.Add(reason);
        }
        DateOnly? metOn = null;

        if (facts.DeprivedOfEmploymentSince is not { } deprivedSince)
        {
            NotMet("La date depuis laquelle la personne est privée d'emploi n'est pas renseignée.");
        }
        else
        {
            var reached = deprivedSince.AddMonths(thresholds.MinMonthsDeprivedOfEmployment);
            metOn = Later(metOn, reached);
            if (reached <= at)
            {
                reasons.Add($"Privée d'emploi depuis au moins {thresholds.MinMonthsDeprivedOfEmployment} mois (depuis le {Show(deprivedSince)}).");
            }
            else
            {
                NotMet($"Il manque {Missing(at, reached)} de privation d'emploi (condition remplie le {Show(reached)}).");
            }
        }

        if (facts.LivesInTerritorySince is not { } livesSince)
        {
            NotMet("La date d'arrivée sur le territoire n'est pas renseignée.");
        }
        else
        {
            var reached = livesSince.AddMonths(thresholds.MinMonthsLivingInTerritory);
            metOn = Later(metOn, reached);
            if (reached <= at)
            {
                reasons.Add($"Habite le territoire depuis au moins {thresholds.MinMonthsLivingInTerritory} mois (depuis le {Show(livesSince)}).");
            }
            else
            {
                NotMet($"Il manque {Missing(at, reached)} de résidence sur le territoire (condition remplie le {Show(reached)}).");
            }
        }

        if (facts.InPerimeter)
        {
            reasons.Add("L'adresse est dans le périmètre habilité.");
        }
        else
        {
            metOn = null;
            NotMet("L'adresse n'est pas dans le périmètre habilité.");
        }

        if (facts.DeprivedOfEmploymentSince is null || facts.LivesInTerritorySince is null)
        {
            metOn = null;
        }
        return new EligibilityProposal(eligible, reasons, metOn, unmet);
    }

    /// <summary>"2 mois", "1 mois et 3 jours", "12 jours": the time from a date until another, in calendar months then days.</summary>
    public static string Missing(DateOnly from, DateOnly until)
    {
        var months = 0;
        while (from.AddMonths(months + 1) <= until)
        {
            months++;
        }
        var days = until.DayNumber - from.AddMonths(months).DayNumber;
        var dayText = days == 1 ? "1 jour" : $"{days} jours";
        return (months, days) switch
        {
            (0, _) => dayText,
            (_, 0) => $"{months} mois",
            _ => $"{months} mois et {dayText}",
        };
    }

    private static DateOnly? Later(DateOnly? a, DateOnly b) => a is null || b > a ? b : a;

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", French);
}
