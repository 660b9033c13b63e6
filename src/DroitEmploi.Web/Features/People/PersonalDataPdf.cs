using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Web.Components.Shared;
using DroitEmploi.Web.Documents;

namespace DroitEmploi.Web.Features.People;

/// <summary>
/// The person's data export as she reads it (RGPD art. 15): the same content as the JSON export, in
/// French words and dates, to hand over or send.
/// </summary>
public static class PersonalDataPdf
{
    public static byte[] Render(PersonalDataExport export)
    {
        var person = export.Person;
        using var pdf = new PdfFlow($"Données personnelles — {person.FirstName} {person.LastName}", "DroitEmploi — données personnelles");
        pdf.Title("Vos données personnelles");
        pdf.Paragraph($"Tout ce que DroitEmploi conserve sur {person.FirstName} {person.LastName}, exporté le "
            + $"{Formats.Date(export.ExportedAt)} par {export.ExportedBy}. Vous pouvez demander la rectification ou l'effacement "
            + "de ces données à l'équipe projet de votre territoire (RGPD, articles 15 à 17).", small: true);

        pdf.Heading("Identité et coordonnées");
        pdf.Field("Nom", $"{person.FirstName} {person.LastName}");
        pdf.Field("Date de naissance", $"{Formats.Date(person.BirthDate)} ({person.Age} ans)");
        pdf.Field("Sexe", person.Sex.French());
        pdf.Field("Courriel", person.Email);
        pdf.Field("Téléphone", person.Phone);
        pdf.Field("Adresse", string.Join(", ", new[] { person.Street, $"{person.PostalCode} {person.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p))));
        pdf.Field("Consentement", person.ConsentGiven ? "donné" : "non donné");

        pdf.Heading("Situation");
        pdf.Field("Habite le territoire depuis", Formats.Date(person.LivesInTerritorySince));
        pdf.Field("Dans le périmètre", person.InPerimeter ? "oui" : "non");
        pdf.Field("Privé·e d'emploi depuis", Formats.Date(person.DeprivedOfEmploymentSince));
        pdf.Field("Inscrit·e à France Travail", person.FranceTravailRegistered ? "oui" : "non");
        pdf.Field("Revenu", person.IncomeSupport.French());
        pdf.Field("Date de candidature", Formats.Date(person.CandidacyDate));

        pdf.Heading("Souhaits");
        pdf.Field("Heures par semaine", person.WeeklyHoursWished is { } hours ? Formats.Hours(hours * 60) : null);
        pdf.Field("Activités souhaitées", string.Join(", ", person.WishedActivities));
        pdf.Field("Savoir-faire", string.Join(", ", person.Skills));
        pdf.Field("Jours où elle ou il ne peut pas", string.Join(", ", person.UnavailableDays.Select(d => d.French())));
        pdf.Field("Mobilité", person.Mobility);

        pdf.Heading("Parcours");
        pdf.Field("Situation actuelle", $"{person.State.French()} depuis le {Formats.Date(person.StateSince)}");
        if (person.WaitingListPosition is { } position)
        {
            pdf.Field("Place dans la liste d'attente", Formats.Number(position));
        }
        pdf.Table(["Date", "De", "Vers", "Par", "Motif"], [2, 2, 2, 2.5, 3],
            person.Transitions.Select(t => (IReadOnlyList<string>)[Formats.Date(t.At), t.From.French(), t.To.French(), t.By,
                string.Join(" — ", new[] { t.Reason, t.Orientation?.French() }.Where(p => !string.IsNullOrWhiteSpace(p)))]),
            "Aucune étape enregistrée.");

        pdf.Heading("Décisions d'éligibilité");
        pdf.Table(["Décidé le", "Décision", "Pièces vues", "Commentaire", "Par"], [2, 1.6, 3, 3, 2.2],
            person.Decisions.Select(d => (IReadOnlyList<string>)[Formats.Date(d.DecidedAt), d.Eligible ? "éligible" : "non éligible",
                string.Join(", ", d.Evidence.Select(e => e.French())), d.Comment ?? "", d.DecidedBy]),
            "Aucune décision enregistrée.");

        pdf.Heading("Propositions d'embauche");
        pdf.Table(["Proposé le", "Entreprise", "Place", "Réponse"], [2, 3.5, 1, 3.5],
            person.Proposals.Select(p => (IReadOnlyList<string>)[Formats.Date(p.ProposedAt), p.OrganisationName,
                Formats.Number(p.Position), PathLabels.OutcomeText(p)]),
            "Aucune proposition.");

        if (export.AccompanimentNotes is { Count: > 0 } notes)
        {
            pdf.Heading("Notes d'accompagnement (KPA)");
            pdf.Table(["Le", "Thème", "Note", "Par"], [2, 2, 5, 2.2],
                notes.Select(n => (IReadOnlyList<string>)[Formats.Date(n.On), Cooperatives.AccompanimentLabels.French(n.Theme), n.Text, n.WrittenBy ?? ""]), "Aucune note.");
        }
        if (export.RteGrants is { Count: > 0 } grants)
        {
            pdf.Heading("Revenu de transition écologique (RTE)");
            pdf.Table(["CTE", "Nature", "Du", "Au", "Par mois", "Foyer, autres revenus", "Décision"], [2.5, 2, 1.6, 1.6, 1.5, 2.5, 2.5],
                grants.Select(g => (IReadOnlyList<string>)[g.Cte, g.Kind, Formats.Date(g.StartsOn), Formats.Date(g.LastDay), Formats.Euros(g.MonthlyAmount),
                    $"{g.Household}, {Formats.Euros(g.OtherMonthlyIncome)}{(g.RsaHoursPerYear is { } h ? $", RSA {h} h/an" : "")}", g.Decision]), "Aucun RTE.");
        }

        pdf.Heading("Journal : qui a fait quoi sur ces données");
        pdf.Table(["Quand", "Qui", "Action", "Changements"], [2.2, 2.5, 1.6, 5],
            export.Journal.Select(e => (IReadOnlyList<string>)[Formats.Date(e.At), e.Actor ?? "système", AuditLabels.Action(e.Action),
                string.Join("\n", AuditLabels.Changes(e.Changes))]),
            "Aucune entrée.");
        return pdf.ToBytes();
    }
}
