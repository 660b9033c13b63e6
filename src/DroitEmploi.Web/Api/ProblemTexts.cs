namespace DroitEmploi.Web.Api;

public static class ProblemTexts
{
    public static string TitleFor(int status) => status switch
    {
        400 => "Requête invalide",
        401 => "Authentification requise",
        403 => "Accès refusé",
        404 => "Ressource introuvable",
        405 => "Méthode non autorisée",
        409 => "Conflit",
        413 => "Fichier trop volumineux",
        415 => "Type de contenu non pris en charge",
        429 => "Trop de requêtes",
        _ => status >= 500 ? "Erreur interne" : "Erreur",
    };

    /// <summary>Problems written by the framework itself (404 on an unknown route, 401…) get French titles too.</summary>
    public static void Frenchify(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        context.ProblemDetails.Title = TitleFor(status);
        context.ProblemDetails.Detail ??= status switch
        {
            400 => "La requête est mal formée : vérifiez les paramètres et le JSON envoyé.",
            401 => "Connectez-vous (POST /api/v1/auth/login) et envoyez le jeton dans l'en-tête Authorization: Bearer.",
            403 => "Votre rôle ne permet pas cette action sur ce territoire ou cette structure.",
            404 => "Cette adresse ne correspond à aucune ressource.",
            _ => null,
        };
        context.ProblemDetails.Extensions.Remove("traceId");
        context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }
}
