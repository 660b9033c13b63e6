using DroitEmploi.Core.Common;
using DroitEmploi.Web.Features.Access;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DroitEmploi.Web.Api;

/// <summary>Answers API failures as RFC 9457 problems in French; never a stack trace.</summary>
public sealed class DomainExceptionHandler(
    IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger, IHostEnvironment environment, Features.Audit.RefusedAccessJournal refusals)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = StatusFor(exception);
        await refusals.RecordAsync(httpContext.User, httpContext.Request.Method, httpContext.Request.Path, exception);
        var unexpected = status == StatusCodes.Status500InternalServerError;
        if (unexpected)
        {
            logger.LogError(exception, "Unhandled API failure on {Path}", httpContext.Request.Path);
        }
        ProblemDetails problem = exception switch
        {
            ValidationFailedException validation => new HttpValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value)),
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => new HttpValidationProblemDetails(RequestProblems.ErrorsFor(httpContext, bad)),
            _ => new ProblemDetails(),
        };
        problem.Status = status;
        problem.Title = ProblemTexts.TitleFor(status);
        problem.Detail = exception switch
        {
            DomainException domain => domain.Message,
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => "La requête est trop volumineuse.",
            BadHttpRequestException => "Certaines valeurs sont invalides : voyez le détail par champ (errors).",
            _ => "Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez plus tard.",
        };
        if (exception is DomainException { Details: { Count: > 0 } details })
        {
            foreach (var (key, value) in details)
            {
                problem.Extensions[key] = value;
            }
        }
        if (unexpected && (environment.IsDevelopment() || environment.IsEnvironment("Testing")))
        {
            // For developers only: what failed, without the stack (it is in the log).
            problem.Extensions["exception"] = $"{exception.GetType().Name}: {exception.Message}";
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static int StatusFor(Exception exception) => exception switch
    {
        ValidationFailedException => StatusCodes.Status400BadRequest,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ConcurrencyConflictException => StatusCodes.Status409Conflict,
        BusinessRuleException => StatusCodes.Status409Conflict,
        Features.People.PayloadTooLargeException => StatusCodes.Status413PayloadTooLarge,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
