using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace DroitEmploi.Web.Api;

/// <summary>
/// A JSON <c>null</c> sent for a list keeps the input's empty list instead of replacing it: every input's lists are
/// then never null, and the rules that read them give their French message ("indiquez…") rather than a server error.
/// A <c>null</c> item inside a list (<c>[null]</c>) carries nothing and is dropped, for the same reason.
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
                        set(target, WithoutNullItems(value));
                    }
                };
            }
        }
    }

    private static object WithoutNullItems(object value)
    {
        if (value is not IList list || !list.Cast<object?>().Any(item => item is null))
        {
            return value;
        }
        if (list is Array array)
        {
            var kept = array.Cast<object?>().Where(item => item is not null).ToArray();
            var copy = Array.CreateInstance(array.GetType().GetElementType()!, kept.Length);
            Array.Copy(kept, copy, kept.Length);
            return copy;
        }
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i] is null)
            {
                list.RemoveAt(i);
            }
        }
        return list;
    }
}
