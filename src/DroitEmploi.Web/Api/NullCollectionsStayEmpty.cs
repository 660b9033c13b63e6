using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace DroitEmploi.Web.Api;

/// <summary>
/// A JSON <c>null</c> sent for a list keeps the input's empty list instead of replacing it: every input's lists are
/// then never null, and the rules that read them give their French message ("indiquez…") rather than a server error.
/// One place for every input, present and future.
/// </summary>
public static class NullCollectionsStayEmpty
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is { } set && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.Set = (target, value) =>
                {
                    if (value is not null)
                    {
                        set(target, value);
                    }
                };
            }
        }
    }
}
