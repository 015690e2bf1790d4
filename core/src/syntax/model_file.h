#pragma once

#include "diplograph/result.h"
#include "syntax/model.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace diplograph::core::syntax {

// The format version this build writes and the newest it reads.
inline constexpr std::uint32_t kModelFormatVersion = 1;

// The model as file bytes: magic, version, payload size, payload, checksum (docs/syntax.md).
[[nodiscard]] std::string serializeModel(const SyntaxModel& model);
// Errors (Corrupt, NewerSchema) name `path`.
[[nodiscard]] Result<SyntaxModel> deserializeModel(std::string_view bytes, const std::string& path);

// The payload alone, unchecked by the checksum: the model file's fuzz target reads through this.
[[nodiscard]] Result<SyntaxModel> deserializePayload(std::string_view payload, const std::string& path);

// Writes through a temporary file renamed over `path`.
[[nodiscard]] Result<void> writeModelFile(const SyntaxModel& model, const std::string& path);
[[nodiscard]] Result<SyntaxModel> readModelFile(const std::string& path);

} // namespace diplograph::core::syntax
