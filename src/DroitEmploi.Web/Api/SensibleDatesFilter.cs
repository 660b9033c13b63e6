using System.Reflection;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Api;

/// <summary>
/// Dates in the query string or the route (a report's period, a date of assessment) obey the same
/// range as dates in a body: 1900 to 2100, refused with the parameter named.
/// </summary>
public sealed class SensibleDatesFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        for (var i = 0; parameters is not null && i < context.Arguments.Count && i < parameters.Length; i++)
        {
            if (context.Arguments[i] is DateOnly date && !InputLimits.IsSensible(date))
            {
                throw ValidationFailedException.For(parameters[i].Name ?? "date", InputLimits.DateMessage);
            }
        }
        return next(context);
    }
}
