namespace Graph.Evaluation;

/// <summary>A gold standard or graph file that cannot be read or does not have the expected shape.</summary>
public sealed class EvaluationInputException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the problem.</summary>
    public EvaluationInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public EvaluationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public EvaluationInputException()
    {
    }
}
