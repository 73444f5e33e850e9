// English text that quotes Chinese (a legal basis citing the PRC's listing name): each run of Chinese characters is
// marked as Chinese, so a screen reader switches voice for it and the page says which language each part is in.
const HAN_RUN = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e]+)/;

export function ScriptRuns({ text }: { text: string }) {
  const parts = text.split(HAN_RUN);
  if (parts.length === 1) return text;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
