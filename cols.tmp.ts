import { getRubric } from './src/core';
import { layoutInput } from './src/server/rubric';
import { opdTabLayout, isPlainTextColumn } from './src/server/sheets/layout';
const l = opdTabLayout({ code: 'DINKES', name: 'Dinas Kesehatan' } as never, layoutInput(getRubric('iid-2027')));
console.log(l.columns.length, l.columns.map((c) => `${c.kind}${c.kind==='enum'?'('+(c.options?.length??0)+')':''}${isPlainTextColumn(c)?'@':''}:${c.width??''}`).join(' '));
