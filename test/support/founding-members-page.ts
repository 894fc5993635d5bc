/**
 * A page of another web site that lists the founding members, as an office's site might: it posts
 * the README's query to the gateway from the browser and renders the names, or says it got no data.
 */
export function foundingMembersPage(graphqlUrl: string, query: string): string {
  const config = JSON.stringify({ graphqlUrl, query }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>WeGO founding members</title><link rel="icon" href="data:,"></head>
<body>
<h1>WeGO founding members</h1>
<p id="status">Loading…</p>
<ol id="members"></ol>
<script>
const { graphqlUrl, query } = ${config};
const status = document.getElementById('status');
fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  .then((response) => response.json())
  .then(({ data }) => {
    const list = document.getElementById('members');
    for (const { node } of data.members.edges) {
      const item = document.createElement('li');
      item.textContent = node.name + ' (' + node.office.city + ')';
      list.append(item);
    }
    status.textContent = data.members.totalCount + ' founding members';
  })
  .catch((error) => { status.textContent = 'No data: ' + error.message; })
  .finally(() => document.body.setAttribute('data-done', 'true'));
</script>
</body>
</html>
`;
}
