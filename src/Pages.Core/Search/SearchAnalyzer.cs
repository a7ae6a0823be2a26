using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Pages.Search;

/// <summary>The Lucene analyzer for every searchable field: <see cref="SearchTokenizer"/>'s tokens, with their positions.</summary>
public sealed class SearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new TokenizerAdapter(reader));

    /// <summary>Reads the whole field (articles are small) and replays the tokens with position increments.</summary>
    sealed class TokenizerAdapter : Tokenizer
    {
        readonly ICharTermAttribute term;
        readonly IPositionIncrementAttribute increment;
        readonly IOffsetAttribute offset;
        List<SearchToken> tokens = [];
        int next;
        int lastPosition;
        int length;

        public TokenizerAdapter(TextReader reader)
            : base(reader)
        {
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (next >= tokens.Count)
                return false;
            ClearAttributes();
            var token = tokens[next++];
            term.SetEmpty().Append(token.Term);
            increment.PositionIncrement = token.Position - lastPosition;
            lastPosition = token.Position;
            offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = m_input.ReadToEnd();
            length = text.Length;
            tokens = SearchTokenizer.Tokenize(text);
            next = 0;
            lastPosition = -1;
        }

        public override void End()
        {
            base.End();
            var final = CorrectOffset(length);
            offset.SetOffset(final, final);
        }
    }
}
