using System.Globalization;
using System.Text;
using System.Text.Json;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.Audit;

/// <summary>The journal in words: what was done, to which kind of record, and each change as "field: old → new".</summary>
public static class AuditLabels
{
    /// <summary>The kinds of records people look for in the journal, by the name the journal stores.</summary>
    public static IReadOnlyDictionary<string, string> EntityTypes { get; } = new Dictionary<string, string>
    {
        ["Person"] = "Volontaire",
        ["EligibilityDecision"] = "Décision d'éligibilité",
        ["PathTransition"] = "Étape de parcours",
        ["Proposal"] = "Proposition",
        ["EmploymentContract"] = "Contrat",
        ["Territory"] = "Territoire",
        ["Organisation"] = "Structure",
        ["DatedParameter"] = "Paramètre daté",
        ["Schedule"] = "Planning",
        ["ScheduleSlot"] = "Créneau d'activité",
        ["PeopleImportJob"] = "Import de volontaires",
        ["Activity"] = "Activité",
        ["Consultation"] = "Consultation",
        ["Objection"] = "Signalement de concurrence",
        ["TerritoryNeed"] = "Besoin du territoire",
        ["CommitteeMember"] = "Membre du CLE",
        ["CommitteeMeeting"] = "Réunion du CLE",
        ["CommitteeDecision"] = "Décision du CLE",
        ["CommitteeRules"] = "Règlement du CLE",
        [AccountActions.EntityType] = "Compte",
    };

    public static string EntityType(string type) => EntityTypes.GetValueOrDefault(type, type);

    public static string Action(string action) => action switch
    {
        AuditActions.Created => "Création",
        AuditActions.Updated => "Modification",
        AuditActions.Deleted => "Suppression",
        AuditActions.Read => "Consultation",
        AuditActions.Exported => "Export",
        AuditActions.Imported => "Import",
        AuditActions.Refused => "Accès refusé",
        AccountActions.Invited => "Invitation",
        AccountActions.Granted => "Rôle donné",
        AccountActions.Revoked => "Rôle retiré",
        AccountActions.Deactivated => "Compte désactivé",
        AccountActions.Reactivated => "Compte réactivé",
        AccountActions.PasswordLinkCreated => "Lien de mot de passe",
        AccountActions.PasswordSet => "Mot de passe choisi",
        _ => action,
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["FirstName"] = "Prénom",
        ["ImportJobId"] = "Import",
        ["FileName"] = "Fichier",
        ["Imported"] = "Personnes inscrites",
        ["LastName"] = "Nom",
        ["BirthDate"] = "Date de naissance",
        ["Email"] = "Adresse électronique",
        ["Phone"] = "Téléphone",
        ["Address"] = "Adresse",
        ["State"] = "Situation",
        ["CandidacyDate"] = "Date de candidature",
        ["WeeklyHoursWished"] = "Heures souhaitées",
        ["WishedActivities"] = "Activités souhaitées",
        ["Name"] = "Nom",
        ["Value"] = "Valeur",
        ["ValidFrom"] = "Du",
        ["ValidTo"] = "Au",
        ["Source"] = "Source",
        ["Reason"] = "Raison",
        ["WithdrawnAt"] = "Retirée le",
        ["WithdrawnBy"] = "Retirée par",
        ["WithdrawalReason"] = "Raison du retrait",
        ["Activities"] = "Activités",
        ["Divisions"] = "Pôles",
        ["WeeklyHours"] = "Heures par semaine",
        ["HourlyWage"] = "Salaire horaire",
        ["ExitDate"] = "Date de sortie",
        ["ExitReason"] = "Motif de sortie",
        ["Outcome"] = "Réponse",
        ["OutcomeReason"] = "Raison de la réponse",
        ["Role"] = "Rôle",
        ["Status"] = "État",
        ["Eligible"] = "Éligible",
        ["Comment"] = "Commentaire",
        ["Sex"] = "Sexe",
        ["Street"] = "Rue",
        ["PostalCode"] = "Code postal",
        ["City"] = "Commune",
        ["LivesInTerritorySince"] = "Habite le territoire depuis",
        ["InPerimeter"] = "Dans le périmètre",
        ["DeprivedOfEmploymentSince"] = "Privé·e d'emploi depuis",
        ["FranceTravailRegistered"] = "Inscrit·e à France Travail",
        ["IncomeSupport"] = "Revenu",
        ["Skills"] = "Savoir-faire",
        ["UnavailableDays"] = "Jours où la personne ne peut pas",
        ["Mobility"] = "Mobilité",
        ["ConsentGiven"] = "Consentement",
        ["StateSince"] = "Dans cette situation depuis",
        ["AnonymisedAt"] = "Anonymisé·e le",
    };

    /// <summary>Fields stored as numbers that people read as words.</summary>
    private static readonly Dictionary<string, Func<int, string>> Coded = new()
    {
        ["State"] = n => ((PathState)n).French(),
        ["Sex"] = n => ((Sex)n).French(),
        ["IncomeSupport"] = n => ((IncomeSupport)n).French(),
        ["UnavailableDays"] = n => Common.French.Culture.DateTimeFormat.GetDayName((DayOfWeek)n),
    };

    /// <summary>Keys the application keeps for itself, which say nothing to a reader.</summary>
    private static readonly HashSet<string> Internal = ["DuplicateKey", "TerritoryId"];

    /// <summary>Each change of an entry as a line; a field the journal does not name keeps its own name, split into words.</summary>
    public static IReadOnlyList<string> Changes(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [json];
            }
            var lines = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !Internal.Contains(p.Name)))
            {
                var field = Fields.GetValueOrDefault(property.Name) ?? Words(property.Name);
                var coded = Coded.GetValueOrDefault(property.Name);
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    lines.Add($"{field} : {Value(property.Value, coded)}");
                    continue;
                }
                var hasOld = property.Value.TryGetProperty("old", out var old);
                var hasNew = property.Value.TryGetProperty("new", out var @new);
                if (!hasOld && hasNew && @new.ValueKind == JsonValueKind.Null)
                {
                    continue; // a record created with this field empty: nothing to read
                }
                lines.Add((hasOld, hasNew) switch
                {
                    (true, true) => $"{field} : {Value(old, coded)} → {Value(@new, coded)}",
                    (false, true) => $"{field} : {Value(@new, coded)}",
                    (true, false) => $"{field} : {Value(old, coded)} (retiré)",
                    _ => field,
                });
            }
            return lines;
        }
        catch (JsonException)
        {
            return [json];
        }
    }

    private static string Value(JsonElement value, Func<int, string>? coded = null) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "vide",
        JsonValueKind.Number when coded is not null && value.TryGetInt32(out var code) => coded(code),
        JsonValueKind.Array when coded is not null => string.Join(", ", value.EnumerateArray().Select(v => Value(v, coded))),
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString("0.####", Common.French.Culture) : value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Value(v))),
        JsonValueKind.String when DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment) && value.GetString()!.Length >= 10
            => moment.TimeOfDay == TimeSpan.Zero ? moment.ToString("dd/MM/yyyy", Common.French.Culture) : moment.ToString("dd/MM/yyyy HH:mm", Common.French.Culture),
        JsonValueKind.String => $"« {value.GetString()} »",
        _ => value.GetRawText(),
    };

    private static string Words(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(builder.Length == 0 ? c : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
