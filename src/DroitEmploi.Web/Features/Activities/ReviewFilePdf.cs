using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Web.Components.Shared;
using DroitEmploi.Web.Documents;

namespace DroitEmploi.Web.Features.Activities;

/// <summary>The review file the committee reads before deciding on an activity.</summary>
public static class ReviewFilePdf
{
    public static byte[] Render(ActivityDetails a, IReadOnlyList<ActivityOverlap> overlaps, DateOnly today)
    {
        using var pdf = new PdfFlow($"Dossier d'examen — {a.Name}", $"Dossier d'examen de non-concurrence — {a.TerritoryName}");
        pdf.Title($"Dossier d'examen : {a.Name}");
        pdf.Paragraph($"{a.OrganisationName}{(a.Division is null ? "" : $", pôle {a.Division}")} — comité local pour l'emploi de {a.TerritoryName}. "
            + $"État le {Formats.Date(today)} : {ActivityLabels.French(a.Status)}.", small: true);

        pdf.Heading("L'activité");
        pdf.Field("Ce qu'elle fait", a.Description);
        pdf.Field("Code NAF", a.NafCode);
        pdf.Field("Mots-clés", string.Join(", ", a.Tags));
        pdf.Field("Pour qui", a.TargetCustomers);
        pdf.Field("Où", a.Place);
        pdf.Field("Politique de prix", a.PricingPolicy);
        pdf.Field("Proposée par", $"{ActivityLabels.French(a.ProposedByKind)}{(a.ProposedBy is null ? "" : $" ({a.ProposedBy})")}");

        pdf.Heading("Structures qui pourraient être concurrencées");
        pdf.Table(["Structure", "Code NAF", "Pourquoi"], [3, 1.2, 5],
            overlaps.Select(o => (IReadOnlyList<string>)[o.OrganisationName, o.NafCode ?? "", string.Join(" ; ", o.Reasons)]),
            "Aucune structure de l'annuaire ne ressemble à cette activité.");

        pdf.Heading("Consultations");
        pdf.Table(["Organisme", "Envoyée le", "Échéance", "Réponse", "Commentaire"], [3, 1.6, 1.6, 1.5, 4],
            a.Consultations.Select(c => (IReadOnlyList<string>)[$"{c.ConsultedName} ({ActivityLabels.French(c.Kind)})", Formats.Date(c.SentOn), Formats.Date(c.Deadline),
                ActivityLabels.French(c.State), c.Comment ?? ""]),
            "Aucune consultation.");

        pdf.Heading("Signalements de concurrence");
        pdf.Table(["Qui", "Le", "Ce qui est signalé", "Réponse de la structure", "Issue"], [2.2, 1.4, 3.5, 3, 2.2],
            a.Objections.Select(o => (IReadOnlyList<string>)[o.ObjectorName, Formats.Date(o.RaisedOn), o.Grounds, o.Response ?? "",
                o.Outcome is { } outcome ? $"{ActivityLabels.French(outcome)} ({Formats.Date(o.ClosedOn)})" : "ouvert"]),
            "Aucun signalement.");

        pdf.Heading("Proposition au comité");
        pdf.Paragraph(ReviewProposal.Of(a.Consultations, a.Objections));
        return pdf.ToBytes();
    }
}
