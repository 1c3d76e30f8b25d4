using System.Text.Json;

namespace Graph.Evaluation;

/// <summary>A node of the scored graph with its entity type and the gold entity it stands for.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Element">The node's JSON object.</param>
/// <param name="Type">Person, Country, Place or Organization; null for other nodes (meetings, events).</param>
/// <param name="GoldKey">The gold entity the node stands for, or null.</param>
internal sealed record GraphNodeView(JsonKey Id, JsonElement Element, string? Type, string? GoldKey);
