using System.Reflection;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Api;

/// <summary>
/// Values in the query string or the route (a report's period, a search, a filter) obey the same rules
/// as values in a body: dates from 1900 to 2100, no invisible control characters; refused with the
/// parameter named.
/// </summary>
public sealed class QueryValuesFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        for (var i = 0; parameters is not null && i < context.Arguments.Count && i < parameters.Length; i++)
        {
            var error = context.Arguments[i] switch
            {
                DateOnly date when !InputLimits.IsSensible(date) => InputLimits.DateMessage,
                string text when InputLimits.HasControlCharacters(text) => InputLimits.ControlCharactersMessage,
                _ => null,
            };
            if (error is not null)
            {
                throw ValidationFailedException.For(parameters[i].Name ?? "query", error);
            }
        }
        return next(context);
    }
}
