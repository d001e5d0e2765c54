import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";

// Graph's answer for an id that is not an object the token can reach, or an operation the object does
// not support (shared/whatsapp/cloud-api.md §4.10, last paragraph) — e.g. a wrong phone-number id.
export function unknownObjectError(method: string, objectId: string): GraphError {
  return {
    code: GRAPH_ERROR.invalidParameter,
    subcode: 33,
    type: "GraphMethodException",
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  };
}

export function unknownPathError(path: string): GraphError {
  return { code: GRAPH_ERROR.invalidParameter, type: "OAuthException", message: `Unknown path components: ${path}` };
}
