namespace Graph.Evaluation;

/// <summary>A relation as the scorer compares it: a type and the gold keys (or <c>?name</c> for unknown nodes) at both ends.</summary>
/// <param name="Type">MET_WITH, CONDEMNED or SUPPORTED.</param>
/// <param name="Subject">The gold key of the subject, or <c>?</c> and the node's name when it matches no gold entity.</param>
/// <param name="Object">The gold key of the object, likewise; for the symmetric MET_WITH the smaller of the two ends.</param>
public sealed record RelationKey(string Type, string Subject, string Object) : IComparable<RelationKey>
{
    /// <summary>The key of a relation, with the two ends of a symmetric type in code point order.</summary>
    public static RelationKey Create(string type, string subject, string @object) =>
        GoldStandard.SymmetricRelationTypes.Contains(type) && CodePointComparer.Instance.Compare(subject, @object) > 0
            ? new RelationKey(type, @object, subject)
            : new RelationKey(type, subject, @object);

    /// <summary>Orders by type, subject, object, comparing code points as Python compares tuples of strings.</summary>
    public int CompareTo(RelationKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var comparer = CodePointComparer.Instance;
        var byType = comparer.Compare(Type, other.Type);
        if (byType != 0)
        {
            return byType;
        }

        var bySubject = comparer.Compare(Subject, other.Subject);
        return bySubject != 0 ? bySubject : comparer.Compare(Object, other.Object);
    }
}
