using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DroitEmploi.Web.Api;

public static class OpenApiDocumentSetup
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Authentification"] = "Connexion par jeton (bearer) pour les programmes.",
        ["Territoires"] = "Territoires habilités : périmètre, ambitions, étapes.",
        ["Annuaire ESS"] = "Structures de l'économie sociale et solidaire et leurs rôles sur les territoires.",
        ["Journal"] = "Qui a changé quoi, et quand.",
        ["Volontaires"] = "Registre des personnes privées durablement d'emploi, éligibilité.",
        ["Liste d'attente"] = "Ordre des candidatures, propositions aux EBE, rapport d'équité.",
        ["Paramètres datés"] = "SMIC, taux et seuils avec leur période et leur source.",
        ["Emploi"] = "Contrats à temps choisi, ETP, relevé de financement, chiffres de l'emploi.",
        ["Planning"] = "Plannings d'équipe proposés par l'optimiseur, ajustés à la main, publiés.",
        ["Accueil"] = "Ce que chacun·e a à faire aujourd'hui, selon son rôle.",
        ["Activités"] = "Activités des EBE, examen de non-concurrence et registre des activités.",
        ["Comité local pour l'emploi"] = "Membres, séances, ordres du jour, décisions et procès-verbaux du CLE.",
        ["Comptes"] = "Comptes des utilisateur·rices et leurs rôles par territoire et par structure.",
        ["Ventes et factures"] = "Clients, devis, factures et avoirs conformes, paiements, facturation électronique.",
        ["KPA : soldes, partage et rémunérations"] = "Balances individuelles et collectives, partage du résultat, contribution de la CAE, demandes de rémunération.",
        ["KPA et coopérant·es"] = "KPA-cité : coopérant·es en CAPE, parcours, prestations, balances, demandes de rémunération.",
        ["RTE et coopératives de transition"] = "Revenu de transition écologique : sociétaires, grille, attributions, versements, mutualisation.",
        ["Projection vers l'exhaustivité"] = "Quand plus personne n'attendrait, et ce qu'il faut pour l'exhaustivité à la date de l'ambition.",
        ["Convention avec le fonds"] = "La convention annuelle d'une EBE avec le fonds : prévu et réalisé, versements reçus, réconciliation, coût employeur.",
        ["Comptes par activité"] = "Achats, comptes de chaque activité, frais de structure, péréquation entre activités, budget.",
        ["Ressources partagées"] = "Locaux, véhicules, outils partagés entre EBE, KPA et CTE : clés de répartition et amortissement.",
        ["Bilan des coûts évités"] = "Le coût public des emplois face aux coûts de la privation d'emploi évités, chaque chiffre avec sa source.",
        ["Tableau de bord du réseau"] = "Tous les territoires côte à côte, pour les financeurs et les administrateur·rices.",
        ["Public"] = "Chiffres publics protégés par le secret statistique et données ouvertes (Licence Ouverte 2.0), sans compte.",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var method = context.Description.HttpMethod ?? "GET";
            var path = context.Description.RelativePath ?? "";
            if (string.IsNullOrWhiteSpace(operation.Summary))
            {
                operation.Summary = $"{method} /{path}";
            }
            operation.OperationId ??= OperationId(method, path);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "DroitEmploi",
                Version = "v1",
                Description = "API du système d'information des territoires du droit à l'emploi (TZCLD, KPA-cité, RTE, ESS).",
                License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://eupl.eu/1.2/fr/") },
            };
            document.Servers = [new OpenApiServer { Url = "/" }];
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Jeton obtenu par POST /api/v1/auth/login.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        });
    }

    /// <summary>"GET api/v1/territories/{id}" → "getTerritoriesById": stable names for generated clients.</summary>
    private static string OperationId(string method, string path)
    {
        var words = path.Replace("api/v1/", "", StringComparison.Ordinal).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.StartsWith('{') ? "By" + Capitalise(part.Trim('{', '}').Split(':')[0]) : Capitalise(part.Replace("-", "", StringComparison.Ordinal)));
        return method.ToLowerInvariant() + string.Concat(words);
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
