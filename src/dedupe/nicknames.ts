// Formal name, then its common English short forms. A short form may belong to several names (Al, Chris).
const TABLE = `abigail:abby,gail|albert:al,bert,bertie|alexander:alex,al,sandy,xander|alexandra:alex,sandra,sandy,lexi|alfred:al,alf,alfie,fred|alan:al|allison:ali,allie|andrew:andy,drew|angela:angie|anthony:tony|antonio:tony|arthur:art,artie|barbara:barb,babs,barbie|benjamin:ben,benny,benji|bernard:bernie|beverly:bev|bradley:brad|catherine:cathy,kate,katie,cat,kathy|katherine:kathy,kate,katie,kat,kay,kitty|kathleen:kathy,kate|charles:charlie,chuck,chas,chaz|charlotte:charlie,lottie|christina:chris,tina,chrissy|christine:chris,chrissy,tina|christopher:chris,kit,topher|clifford:cliff|cynthia:cindy|daniel:dan,danny|david:dave,davy|deborah:deb,debbie|dennis:denny|donald:don,donny|dorothy:dot,dottie,dolly|douglas:doug|edward:ed,eddie,ned,ted|edwin:ed|elizabeth:liz,beth,betty,lizzie,eliza,libby,bess,betsy|eleanor:ellie,nell,nora|emily:em,emmy|frances:fran,frannie|francis:frank|franklin:frank|frederick:fred,freddie|gabriel:gabe|gabrielle:gabby|gerald:gerry,jerry|gregory:greg|harold:hal,harry|henry:hank,harry,hal|isabella:bella,izzy|jacob:jake|james:jim,jimmy,jamie|janet:jan|jeffrey:jeff|jennifer:jen,jenny|jessica:jess,jessie|john:jack,johnny,jon|jonathan:jon,jonny|joseph:joe,joey|joshua:josh|judith:judy|katrina:kat,trina|kenneth:ken,kenny|lawrence:larry|leonard:len,lenny,leo|margaret:peggy,maggie,meg,marge,margie,greta,madge|martin:marty|matthew:matt|michael:mike,mikey,mick|michelle:shelly|nathan:nate|nathaniel:nate,nat|nicholas:nick,nicky|pamela:pam|patricia:pat,patty,trish,tricia|patrick:pat,paddy|peter:pete|philip:phil|rebecca:becky,becca|richard:rick,dick,rich,richie,ricky|robert:bob,bobby,rob,robbie,bert|ronald:ron,ronnie|samantha:sam,sammy|samuel:sam,sammy|stephanie:steph|stephen:steve|steven:steve|susan:sue,susie|theodore:ted,teddy,theo|thomas:tom,tommy|timothy:tim,timmy|victoria:vicky,tori|vincent:vince|walter:walt|william:bill,billy,will,willy,liam|zachary:zach,zack`;

const GROUPS = new Map<string, number[]>();
TABLE.split('|').forEach((entry, group) => {
  const [formal = '', short = ''] = entry.split(':');
  for (const name of [formal, ...short.split(',')]) GROUPS.set(name, [...(GROUPS.get(name) ?? []), group]);
});

/** Groups a folded first name belongs to; two names share a group when one is a nickname of the other. */
export const nicknameGroups = (name: string): readonly number[] => GROUPS.get(name) ?? [];

export const areNicknames = (a: string, b: string): boolean => {
  if (a === b) return false;
  const ga = GROUPS.get(a);
  const gb = GROUPS.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
};
