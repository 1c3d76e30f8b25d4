using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Output;

/// <summary>The JSON settings of every output file: indented, UTF-8 with Persian text as it is (not escaped), nulls left out.</summary>
public static class OutputJson
{
    /// <summary>The settings; shared and read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NewLine = "\n",
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
