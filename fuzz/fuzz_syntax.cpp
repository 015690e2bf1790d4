// The syntax model's payload reader and the tagger and parser on any document.
// Input byte 0 chooses: even -> the rest is a model payload; odd -> the rest is a document to parse with the
// shipped model. Every parse must be a tree over the sentence with offsets inside the input.
#include "diplograph/syntax.h"
#include "syntax/model_file.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace diplograph::core;
    if (size == 0) {
        return 0;
    }
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] % 2 == 0) {
        (void)syntax::deserializePayload(bytes, "fuzz");
        return 0;
    }
    static const auto model = defaultSyntaxModel();
    if (!model) {
        std::fprintf(stderr, "%s\n", model.error().message.c_str());
        std::abort();
    }
    auto document = loadDocument(bytes);
    if (!document) {
        return 0;
    }
    for (const Sentence& sentence : splitSentences(*document)) {
        const ParsedSentence parsed = parseSentence(**model, *document, sentence);
        int roots = 0;
        for (int i = 0; i < parsed.size(); ++i) {
            const SyntaxToken& token = parsed.tokens[std::size_t(i)];
            if (token.head < -1 || token.head >= parsed.size() || token.range.end > bytes.size() ||
                token.range.start > token.range.end || token.deprel.empty()) {
                std::abort();
            }
            roots += token.head == -1 ? 1 : 0;
            int t = i;
            for (int steps = 0; t >= 0; ++steps) {
                if (steps > parsed.size()) {
                    std::abort(); // a cycle
                }
                t = parsed.tokens[std::size_t(t)].head;
            }
        }
        if (parsed.size() > 0 && roots != 1) {
            std::abort();
        }
    }
    return 0;
}
