using DroitEmploi.Core.Features.Committee;
using DroitEmploi.Web.Components.Shared;
using DroitEmploi.Web.Documents;

namespace DroitEmploi.Web.Features.Committee;

/// <summary>The minutes of a committee meeting: who came, whether the quorum was reached, the agenda and the decisions.</summary>
public static class MinutesPdf
{
    public static byte[] Render(MeetingDetails meeting, IReadOnlyList<MemberView> members)
    {
        var day = Formats.Date(DateOnly.FromDateTime(meeting.HeldAt));
        using var pdf = new PdfFlow($"Compte rendu du comité du {day}", $"Comité local pour l'emploi — réunion du {day}");
        pdf.Title($"Compte rendu de la réunion du {day}");
        pdf.Paragraph($"Lieu : {meeting.Place ?? "—"}.");
        pdf.Paragraph($"{meeting.VotingPresent} membre(s) à voix délibérative présent(s) sur {meeting.VotingMembers} : "
            + (meeting.HasQuorum ? "le quorum est atteint." : $"le quorum ({meeting.QuorumShare.ToString("P0", Formats.French)}) n'est pas atteint."));

        pdf.Heading("Présents");
        var present = members.Where(m => meeting.PresentMemberIds.Contains(m.Id)).ToList();
        pdf.Table(["Nom", "Collège", "Voix"], [4, 4, 1.5],
            present.Select(m => (IReadOnlyList<string>)[m.Name + (m.Chair ? " (présidence)" : ""), m.College, m.Voting ? "délibérative" : "consultative"]),
            "Personne n'est noté présent.");

        pdf.Heading("Ordre du jour");
        foreach (var item in meeting.Agenda)
        {
            pdf.Paragraph($"{item.Position}. {item.Title}");
        }

        pdf.Heading("Décisions");
        pdf.Table(["N°", "Décision", "Vote"], [1.3, 6, 2.5],
            meeting.Decisions.Select(d => (IReadOnlyList<string>)[d.Label, d.Text, Vote(d) + (d.Public ? ", publique" : "")]),
            "Aucune décision.");

        if (!string.IsNullOrWhiteSpace(meeting.Minutes))
        {
            pdf.Heading("Débats");
            pdf.Paragraph(meeting.Minutes);
        }
        return pdf.ToBytes();
    }

    public static string Vote(DecisionView d) => d.Vote switch
    {
        VoteKind.Consensus => "par consensus",
        VoteKind.Unanimity => $"à l'unanimité ({d.For} voix)",
        _ => $"à la majorité : {d.For} pour, {d.Against} contre, {d.Abstentions} abstention(s)",
    };
}
