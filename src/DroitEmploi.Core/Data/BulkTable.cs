using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DroitEmploi.Core.Data;

/// <summary>
/// A table's columns as the model maps them (names, store types, value converters), so that a bulk
/// write stores exactly what EF would, and follows the model when a column is added.
/// </summary>
public sealed class BulkTable
{
    private BulkTable(string name, string? sequenceTable, IReadOnlyList<BulkColumn> columns, IProperty? generatedKey)
    {
        Name = name;
        TableName = sequenceTable;
        Columns = columns;
        GeneratedKey = generatedKey;
    }

    /// <summary>The table's name, quoted for the database.</summary>
    public string Name { get; }

    /// <summary>The table's name as the database knows it, unquoted.</summary>
    public string? TableName { get; }

    /// <summary>Every column, the generated key first when there is one.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The integer key the database would generate, given by the bulk write instead.</summary>
    public IProperty? GeneratedKey { get; }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    public static BulkTable For<T>(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } single] && single.ClrType == typeof(int) ? single : null;
        var columns = entity.GetProperties()
            .OrderBy(p => p == key ? 0 : 1)
            .Select(p => new BulkColumn(sql.DelimitIdentifier(p.GetColumnName(table)!), p, (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        return new BulkTable(sql.DelimitIdentifier(table.Name, table.Schema), table.Name, columns, key);
    }

    /// <summary>Gives each row its key, from the first of a block of keys the database reserved.</summary>
    public void AssignKeys<T>(IEnumerable<T> rows, IEnumerable<int> keys) where T : class
    {
        using var next = keys.GetEnumerator();
        foreach (var row in rows)
        {
            next.MoveNext();
            GeneratedKey!.PropertyInfo!.SetValue(row, next.Current);
        }
    }

    /// <summary>One parameterised INSERT for a row, to run again and again with new values.</summary>
    public (DbCommand Command, DbParameter[] Parameters) PrepareInsert(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Name} ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        var parameters = Columns.Select((column, i) => column.Mapping.CreateParameter(command, $"@p{i}", null)).ToArray();
        command.Parameters.AddRange(parameters);
        return (command, parameters);
    }
}

public sealed class BulkColumn(string name, IProperty property, RelationalTypeMapping mapping)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();

    public string Name { get; } = name;
    public RelationalTypeMapping Mapping { get; } = mapping;

    /// <summary>The value as the database stores it (an enum as its name, a list as JSON or an array…), or null.</summary>
    public object? ValueOf(object row)
    {
        var value = _getter.GetClrValue(row);
        return value is null ? null : Mapping.Converter?.ConvertToProvider(value) ?? value;
    }
}
