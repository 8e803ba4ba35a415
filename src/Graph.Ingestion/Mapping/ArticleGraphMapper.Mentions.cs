using Graph.Extraction.Model;
using Graph.Rdf;
using Graph.Rdf.Vocabularies;

namespace Graph.Ingestion.Mapping;

/// <summary>The NIF mentions: where in the article's text each resource is spoken of.</summary>
public sealed partial class ArticleGraphMapper
{
    private sealed partial class Mapping
    {
        public void MapMentions()
        {
            var offsets = new CodePointOffsets(Article.Text);
            var context = ResourceIris.TextSpan(article, 0, offsets[offsets.Length]);
            output.Add(context, Contract.Type, Contract.NifContext);
            output.Add(context, Contract.Type, Contract.NifOffsetBasedString);
            output.Add(context, Contract.NifIsString, Literal.String(Article.Text));
            output.Add(context, Contract.NifBeginIndex, Index(0));
            output.Add(context, Contract.NifEndIndex, Index(offsets[offsets.Length]));
            if (Article.Url is not null)
            {
                output.Add(context, Contract.NifSourceUrl, ParseIri(Article.Url, "url"));
            }

            output.Add(context, Contract.WasDerivedFrom, article);

            foreach (var entity in graph.Entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    Phrase(mention.Span, EntityIri(entity.Key), context, offsets, "a mention of " + entity.Key);
                }
            }

            foreach (var post in graph.Posts)
            {
                Phrase(post.Span, mapper.Iris.Post(post.Title, post.InstitutionKey), context, offsets, "the post " + post.Key);
            }

            for (var i = 0; i < graph.Events.Count; i++)
            {
                Phrase(graph.Events[i].Span, mapper.Iris.Event(Article.Id, i + 1), context, offsets, "the event " + graph.Events[i].Key);
            }

            for (var i = 0; i < graph.Quotations.Count; i++)
            {
                Phrase(graph.Quotations[i].Span, mapper.Iris.Quotation(Article.Id, i + 1), context, offsets, "the quotation " + graph.Quotations[i].Key);
            }
        }

        private void Phrase(TextSpan span, Iri target, Iri context, CodePointOffsets offsets, string what)
        {
            if (span.Start < 0 || span.End > Article.Text.Length || span.Start > span.End)
            {
                throw new ArticleMappingException(Article.Id, $"{what} has the span [{span.Start}, {span.End}), outside the text of {Article.Text.Length} characters");
            }

            var begin = offsets[span.Start];
            var end = offsets[span.End];
            var phrase = ResourceIris.TextSpan(article, begin, end);
            output.Add(phrase, Contract.Type, Contract.NifPhrase);
            output.Add(phrase, Contract.Type, Contract.NifOffsetBasedString);
            output.Add(phrase, Contract.NifBeginIndex, Index(begin));
            output.Add(phrase, Contract.NifEndIndex, Index(end));
            output.Add(phrase, Contract.NifAnchorOf, Literal.String(span.Of(Article.Text)));
            output.Add(phrase, Contract.NifReferenceContext, context);
            output.Add(phrase, Contract.TaIdentRef, target);
            output.Add(phrase, Contract.WasDerivedFrom, article);
        }

        private static Literal Index(int value) => Literal.Typed(Format(value), Vocab.Xsd.NonNegativeInteger);
    }
}
